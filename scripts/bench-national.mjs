// Part of `npm run bench`: the staff pages over a national-scale database. On a fresh database on
// the PostgreSQL server of DATABASE_URL (default: this machine's), the built app seeds its demo;
// then 500 organisations with 20 trajectories each (10,000) are generated in SQL, each a copy of
// the demo's trajectory (steps 1, 2 and 4 filled in; the step tables of other steps are not
// copied), each organisation with its own coordinator, lead of its trajectories. Signed in as the
// coordinators of SESSIONS organisations, a steady 200 requests a second
// (open loop: a request is sent on schedule whether or not earlier ones were answered) go to the
// trajectory list, a trajectory's overview and two step pages of random organisations and
// trajectories; latency counts from the scheduled moment, so a queue shows.
//
//   RATE=200 SECONDS=30 node scripts/bench-national.mjs
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { freshDatabase } from './fresh-database.mjs';
import { freePort, percentile, sleep } from './bench-lib.mjs';

const RATE = Number(process.env.RATE ?? 200);
const SECONDS = Number(process.env.SECONDS ?? 30);
const ORGS = 500;
const PER_ORG = 20;
const SESSIONS = Number(process.env.SESSIONS ?? 20);
const adminUrl = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function reachable() {
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

if (!(await reachable())) {
  console.info(`national-scale staff pages: skipped (no PostgreSQL at ${adminUrl}; set DATABASE_URL)`);
  process.exit(0);
}

const database = await freshDatabase(adminUrl, `spiegel_bench_national_${process.pid}`);
const port = await freePort();
const base = `http://localhost:${port}`;
// BENCH_SERVER_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the app server.
const child = spawn(process.execPath, [...(process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []), 'server/main.js'], {
  env: {
    ...process.env,
    PORT: String(port),
    APP_URL: base,
    DATABASE_URL: database.url,
    SEED_DEMO: 'true',
    SMTP_URL: '',
    NODE_ENV: '',
    RATE_LIMIT_PUBLIC: '100000',
    LOGIN_LINKS_PER_ADDRESS: '1000',
  },
  stdio: 'ignore',
});
const db = new pg.Client({ connectionString: database.url });
try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${base}/login`)).ok) break;
    } catch {
      // not up yet
    }
    if (tries > 1200) throw new Error('the app did not start');
    await sleep(100);
  }
  await db.connect();
  const t0 = performance.now();
  const demo = (await db.query(`SELECT id FROM organisations WHERE slug = 'demostad'`)).rows[0].id;
  const existing = Number((await db.query('SELECT count(*) FROM organisations')).rows[0].count);
  await db.query('BEGIN');
  await db.query(
    `INSERT INTO organisations (id, slug, name, kind) SELECT gen_random_uuid(), 'bench-' || g, 'Gemeente Bench ' || g, 'municipality' FROM generate_series(1, $1::int) g`,
    [ORGS - existing],
  );
  await db.query(
    `INSERT INTO users (id, email, name) SELECT gen_random_uuid(), 'coordinator@' || slug || '.test', 'Coördinator' FROM organisations WHERE slug LIKE 'bench-%'`,
  );
  await db.query(
    `INSERT INTO memberships (id, org_id, user_id, role) SELECT gen_random_uuid(), o.id, u.id, 'coordinator' FROM organisations o JOIN users u ON u.email = 'coordinator@' || o.slug || '.test'`,
  );
  // Copies of the demo's first trajectory, with their own ids and without the demo's public codes.
  await db.query(
    `INSERT INTO trajectories
     SELECT (jsonb_populate_record(null::trajectories, to_jsonb(t) || jsonb_build_object(
       'id', gen_random_uuid(), 'org_id', o.id, 'title', 'Traject ' || g || ' in ' || o.name, 'team_id', null,
       'previous_trajectory_id', null, 'signup_code', null, 'question_code', null, 'public_page_token', null, 'created_by', null))).*
     FROM organisations o
     CROSS JOIN generate_series(1, $2::int) g
     CROSS JOIN (SELECT * FROM trajectories WHERE org_id = $1 AND kind = 'trajectory' ORDER BY created_at LIMIT 1) t
     WHERE o.slug LIKE 'bench-%'`,
    [demo, PER_ORG],
  );
  await db.query(
    `INSERT INTO trajectory_roles (id, org_id, trajectory_id, user_id, role)
     SELECT gen_random_uuid(), t.org_id, t.id, u.id, 'lead' FROM trajectories t JOIN organisations o ON o.id = t.org_id JOIN users u ON u.email = 'coordinator@' || o.slug || '.test'`,
  );
  await db.query('COMMIT');
  await db.query('ANALYZE');
  const counts = (await db.query(`SELECT (SELECT count(*) FROM organisations) AS orgs, (SELECT count(*) FROM trajectories) AS trajectories`)).rows[0];
  // The organisations whose coordinators are signed in, spread over the generated ones.
  const slugs = Array.from({ length: SESSIONS }, (_, k) => `bench-${1 + Math.floor((k * (ORGS - existing)) / SESSIONS)}`);
  const targets = (await db.query(`SELECT o.slug, t.id FROM trajectories t JOIN organisations o ON o.id = t.org_id WHERE o.slug = ANY($1)`, [slugs])).rows;
  console.info(
    `national-scale staff pages: ${counts.orgs} organisations, ${counts.trajectories} trajectories generated in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );

  // Each coordinator signs in through the sign-in link (the outbox answers only this machine).
  const headers = { origin: base };
  const cookies = new Map();
  for (const slug of slugs) {
    const email = `coordinator@${slug}.test`;
    await fetch(`${base}/login`, { method: 'POST', headers, body: new URLSearchParams({ email }) });
    const outbox = await (await fetch(`${base}/dev/outbox`)).text();
    const token = new RegExp(`${email.replace('.', '\\.')}[\\s\\S]*?token=([\\w-]+)`).exec(outbox)?.[1];
    const confirmed = await fetch(`${base}/login/confirm`, { method: 'POST', headers, body: new URLSearchParams({ token }), redirect: 'manual' });
    const cookie = confirmed.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error(`sign-in of ${email} failed: ${confirmed.status}`);
    cookies.set(slug, cookie);
  }

  const kinds = [
    ['trajectory list', (t) => `/o/${t.slug}`],
    ['overview', (t) => `/o/${t.slug}/t/${t.id}`],
    ['step 2 partners', (t) => `/o/${t.slug}/t/${t.id}/partners`],
    ['step 4 theme', (t) => `/o/${t.slug}/t/${t.id}/theme`],
  ];
  // Warm-up: every kind once, so the first requests do not measure module loading.
  for (const [, path] of kinds) await (await fetch(base + path(targets[0]), { headers: { cookie: cookies.get(targets[0].slug) } })).text();

  const times = new Map(kinds.map(([label]) => [label, []]));
  const failed = new Map();
  const pending = [];
  const started = performance.now();
  const total = RATE * SECONDS;
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    const [label, path] = kinds[i % kinds.length];
    const target = targets[(i * 7919) % targets.length];
    pending.push(
      fetch(base + path(target), { headers: { cookie: cookies.get(target.slug) }, redirect: 'manual' })
        .then(async (res) => {
          await res.arrayBuffer();
          if (res.status !== 200) failed.set(res.status, (failed.get(res.status) ?? 0) + 1);
          else times.get(label).push(performance.now() - due);
        })
        .catch((error) => failed.set(error.code ?? error.message, (failed.get(error.code ?? error.message) ?? 0) + 1)),
    );
  }
  await Promise.all(pending);
  const wall = (performance.now() - started) / 1000;
  const all = [...times.values()].flat().sort((a, b) => a - b);
  for (const [label, list] of times) {
    list.sort((a, b) => a - b);
    console.info(`  ${label}: p50 ${percentile(list, 50).toFixed(1)} ms, p95 ${percentile(list, 95).toFixed(1)} ms (${list.length} answered)`);
  }
  const errors = [...failed].map(([k, v]) => `${k}×${v}`).join(' ') || 'none';
  console.info(`  failed: ${errors}`);
  console.info(
    `staff-bench orgs=${counts.orgs} trajectories=${counts.trajectories} rate=${RATE} achieved_rps=${(all.length / wall).toFixed(0)} p50_ms=${percentile(all, 50).toFixed(1)} p95_ms=${percentile(all, 95).toFixed(1)} failed=${[...failed.values()].reduce((a, b) => a + b, 0)}`,
  );
} finally {
  await db.end().catch(() => {});
  child.kill('SIGTERM');
  await new Promise((resolve) => (child.exitCode !== null ? resolve() : child.once('exit', resolve)));
  await database.drop();
}
