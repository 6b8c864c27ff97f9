// `npm test`: typecheck, lint, unit and integration tests on PGlite (and again on PostgreSQL
// when TEST_DATABASE_URL is set), build, browser journeys. Stops at the first failure.
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const timings = [];
function run(label, command, args, env = {}) {
  const started = Date.now();
  console.info(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  timings.push(`${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed`);
    process.exit(result.status ?? 1);
  }
}

/** A fresh database on the given server, so every run starts from an empty schema. */
async function freshDatabase(url) {
  const name = `spiegel_test_${process.pid}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const fresh = new URL(url);
  fresh.pathname = `/${name}`;
  return {
    url: fresh.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

run('typecheck', 'npx', ['react-router', 'typegen']);
run('typecheck (tsc)', 'npx', ['tsc', '--noEmit']);
run('lint', 'npx', ['eslint', '.']);
run('unit + integration (PGlite)', 'npx', ['vitest', 'run', '--project', 'unit'], { DATABASE_URL: '' });
if (process.env.TEST_DATABASE_URL) {
  const database = await freshDatabase(process.env.TEST_DATABASE_URL);
  try {
    run('unit + integration (PostgreSQL)', 'npx', ['vitest', 'run', '--project', 'unit'], { DATABASE_URL: database.url });
  } finally {
    await database.drop();
  }
} else {
  console.info('\n(TEST_DATABASE_URL not set: skipping the PostgreSQL run)');
}
run('build', 'npx', ['react-router', 'build']);
run('browser journeys (Chromium)', 'npx', ['vitest', 'run', '--project', 'e2e']);
console.info(`\nAll green.\n${timings.join('\n')}`);
