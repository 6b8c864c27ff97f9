// Every form, fuzzed over HTTP (issue 13, item 6): the forms are found by crawling the demo
// organisation as its coordinator and its admin (staff pages) and the public pages they link to
// (anonymously; a board is opened and joined first, an invitation sent), so a
// new form is covered without touching this file. Each form gets generated bad values, posted both as
// a document post and as React Router's single-fetch `.data` post. No answer may be a 500, and when
// the answer is an error no row may have changed: a snapshot of every application table is compared
// right before and after each post (PostgreSQL only; on PGlite the database is inside the server).
//
// Reproduce a failure with the seed it prints: FUZZ_SEED=<seed> npx vitest run --project e2e tests/e2e/fuzz-forms.test.ts
// More runs per form: FUZZ_RUNS=50.
import fc from 'fast-check';
import pg from 'pg';
import { UNSAFE_decodeViaTurboStream as decodeViaTurboStream } from 'react-router';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../scripts/fresh-database.mjs';
import { signInHttp } from './http';
import { type RunningServer, startServer } from './server';

const COORDINATOR = 'coordinator@demo.spiegel.local';
const ADMIN = 'beheer@demo.spiegel.local';
const SEED = Number(process.env.FUZZ_SEED ?? 13);
// Runs per form, the fixed null-byte example included.
const RUNS = Number(process.env.FUZZ_RUNS ?? 4);
const MAX_PAGES = 200;

// Tables that change on requests whatever their answer, so they say nothing about a half-written form:
const VOLATILE_TABLES = new Set([
  // a signed-in request renews its session
  'sessions',
  // mail goes out after the answer (sign-in links, invitations), and the job runner works on its own
  // clock: a successful post's mail may land while the next post is checked
  'mail_outbox',
  'jobs',
  // the page shown again with the error messages reads personal data, and every read is logged
  // (issue 16); a half-written change would still show in the tables of the data itself
  'access_log',
]);

// ── the forms on the pages ──────────────────────────────────────────────────────────────────────

type Field = { name: string; value: string };
type Page = { path: string; html: string; by: Browserless };
type FoundForm = { kind: 'staff' | 'public'; page: string; action: string; fields: Field[]; by: Browserless };

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&amp;/g, '&');

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const m of tag.matchAll(/\s([\w:-]+)(?:="([^"]*)")?/g)) found[m[1]!.toLowerCase()] = decode(m[2] ?? '');
  return found;
}

/** The forms that post on a page: one per submit button that carries its own name or target. React renders plain HTML, so a few patterns suffice. */
function postForms({ html, path: page, by }: Page, kind: FoundForm['kind']): FoundForm[] {
  const forms: FoundForm[] = [];
  for (const m of html.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
    const form = attributes(m[1]!);
    if ((form.method ?? 'get').toLowerCase() !== 'post') continue;
    const body = m[2]!;
    const fields: Field[] = [];
    const buttons: Record<string, string>[] = [];
    const radios = new Set<string>();
    for (const t of body.matchAll(/<(select|textarea)\b([^>]*)>([\s\S]*?)<\/\1>|<(input|button)\b([^>]*)>/g)) {
      const tag = t[1] ?? t[4]!;
      const a = attributes(t[2] ?? t[5]!);
      if (tag === 'button') {
        if ((a.type ?? 'submit') === 'submit') buttons.push(a);
        continue;
      }
      if (!a.name || 'disabled' in a) continue;
      if (tag === 'textarea') fields.push({ name: a.name, value: decode(t[3] ?? '') });
      else if (tag === 'select') {
        const options = [...(t[3] ?? '').matchAll(/<option\b([^>]*)>/g)].map((o) => attributes(o[1]!));
        const chosen = options.find((o) => 'selected' in o) ?? options.find((o) => o.value) ?? options[0];
        fields.push({ name: a.name, value: chosen?.value ?? '' });
      } else {
        const type = (a.type ?? 'text').toLowerCase();
        if (['submit', 'button', 'image', 'reset', 'file'].includes(type)) continue;
        if (type === 'radio') {
          if (radios.has(a.name)) continue;
          radios.add(a.name);
        }
        fields.push({ name: a.name, value: a.value ?? (type === 'checkbox' || type === 'radio' ? 'on' : '') });
      }
    }
    const action = form.action || page;
    const named = buttons.filter((b) => b.name || b.formaction);
    if (named.length === 0) forms.push({ kind, page, action, fields, by });
    for (const b of named) {
      forms.push({ kind, page, by, action: b.formaction || action, fields: b.name ? [...fields, { name: b.name, value: b.value ?? '' }] : fields });
    }
  }
  return forms;
}

/** One form per kind of form: the same form on another trajectory or another row adds little. */
const formKey = (f: FoundForm) =>
  `${f.kind} ${f.action.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ':id').replace(/\/(p\/[a-z]+|invite)\/[^/?]+/, '/$1/:code')} ${
    f.fields.find((x) => x.name === 'intent')?.value ?? ''
  } ${f.fields
    .map((x) => x.name)
    .sort()
    .join(',')}`;

// ── the bad values ──────────────────────────────────────────────────────────────────────────────

const BAD: string[] = [
  '\u0000',
  'naam\u0000',
  '\u0007\u001b[31m',
  '\u007f\u0085',
  'a'.repeat(20_000),
  'a'.repeat(60_000),
  '€'.repeat(8_000),
  '0000-01-01',
  '99999-12-31',
  '2026-02-30',
  '1899-12-31',
  '-1',
  'NaN',
  '1e309',
  'Infinity',
  '99999999999999999999',
  '1.5',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '',
  ' ',
  ' \t\r\n ',
  '\u202Egnp.exe',
  '👩‍👩‍👧‍👦'.repeat(40),
  '<script>alert(1)</script>',
  "'; DROP TABLE users; --",
  "' OR '1'='1",
  '../../etc/passwd',
  '\uFFFF\uFEFF',
  'true',
  'null',
  '[object Object]',
  'a@b',
  `${'a'.repeat(300)}@example.org`,
  'javascript:alert(1)',
];

const badValue = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...BAD) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.uuid() },
  { weight: 1, arbitrary: fc.integer().map(String) },
);

type Variant = { pairs: [string, string][]; how: string };

/** A form's fields with at least one bad value, sometimes a field twice, missing or an unknown intent. */
function variants(form: FoundForm): fc.Arbitrary<Variant> {
  const n = Math.max(form.fields.length, 1);
  return fc
    .record({
      forced: fc.nat(n - 1),
      forcedValue: badValue,
      others: fc.array(fc.option(badValue, { freq: 2 }), { minLength: n, maxLength: n }),
      shape: fc.constantFrom('values', 'values', 'values', 'duplicate', 'drop', 'no-intent', 'unknown-intent'),
      pick: fc.nat(n - 1),
    })
    .map(({ forced, forcedValue, others, shape, pick }) => {
      let pairs: [string, string][] = form.fields.map((field, i) => [field.name, i === forced ? forcedValue : (others[i] ?? field.value)]);
      if (pairs.length === 0) pairs = [['intent', forcedValue]];
      const picked = pairs[pick % pairs.length]!;
      if (shape === 'duplicate') pairs.push([picked[0], forcedValue]);
      if (shape === 'drop') pairs = pairs.filter((p) => p !== picked);
      if (shape === 'no-intent') pairs = pairs.filter(([name]) => name !== 'intent');
      if (shape === 'unknown-intent') pairs = [...pairs.filter(([name]) => name !== 'intent'), ['intent', 'no-such-intent']];
      return { pairs, how: shape };
    });
}

const nullBytes = (form: FoundForm): Variant => ({
  pairs: form.fields.map(({ name, value }) => [name, name === 'intent' ? value : `${value}\u0000`]),
  how: 'a null byte in every field',
});

/** React Router's single-fetch address of a post (`/_root.data` for `/`, `?index` kept). */
function dataUrl(action: string): string {
  const url = new URL(action, 'http://x');
  url.pathname = url.pathname === '/' ? '/_root.data' : `${url.pathname.replace(/\/$/, '')}.data`;
  return url.pathname + url.search;
}

// ── the database snapshot ───────────────────────────────────────────────────────────────────────

/** Each application table's row count and a hash of its content, so an update counts as a write too. */
async function snapshotQuery(pool: pg.Pool): Promise<string> {
  const { rows } = await pool.query<{ table_name: string }>(
    `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const tables = rows.map((r) => r.table_name).filter((t) => !VOLATILE_TABLES.has(t));
  if (tables.length < 30) throw new Error(`only ${tables.length} tables in the database: not the app's?`);
  return tables
    .map((t) => `select '${t}' as t, count(*)::int as n, coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h from "${t}" x`)
    .join(' union all ');
}

type Snapshot = Map<string, string>;
async function snapshot(pool: pg.Pool, query: string): Promise<Snapshot> {
  const { rows } = await pool.query<{ t: string; n: number; h: string }>(query);
  return new Map(rows.map((r) => [r.t, `${r.n} rows, ${r.h}`]));
}
const changed = (before: Snapshot, after: Snapshot) => [...before].filter(([t, v]) => after.get(t) !== v).map(([t]) => t);

// ── HTTP with a cookie jar ──────────────────────────────────────────────────────────────────────

class Browserless {
  cookies = new Map<string, string>();
  constructor(
    readonly base: string,
    cookie = '',
  ) {
    if (cookie) this.keep([cookie]);
  }
  private keep(setCookies: string[]) {
    for (const c of setCookies) {
      const [pair] = c.split(';');
      const eq = pair!.indexOf('=');
      this.cookies.set(pair!.slice(0, eq), pair!.slice(eq + 1));
    }
  }
  private header = () => [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  async get(path: string) {
    const res = await fetch(new URL(path, this.base), { headers: { cookie: this.header() }, redirect: 'manual' });
    this.keep(res.headers.getSetCookie());
    return res;
  }
  async post(path: string, pairs: [string, string][]) {
    const res = await fetch(new URL(path, this.base), {
      method: 'POST',
      body: new URLSearchParams(pairs),
      headers: { cookie: this.header(), origin: this.base },
      redirect: 'manual',
    });
    this.keep(res.headers.getSetCookie());
    return res;
  }
}

/** Whether the answer says the form failed: a 4xx, or a single-fetch answer whose data is `{ ok: false }`. */
async function answeredError(res: Response, single: boolean): Promise<boolean> {
  if (res.status >= 400) {
    await res.body?.cancel();
    return true;
  }
  if (!single || !res.body || !(res.headers.get('content-type') ?? '').includes('text/x-script')) {
    await res.body?.cancel();
    return false;
  }
  const decoded = await decodeViaTurboStream(res.body, globalThis);
  await decoded.done;
  const value = decoded.value as { data?: { ok?: unknown }; error?: unknown } | undefined;
  return value?.data?.ok === false || value?.error !== undefined;
}

// ── the crawl ───────────────────────────────────────────────────────────────────────────────────

const SKIP = /^\/(logout|dev\/|events|assets\/)|\.(csv|pdf|ics|png|svg|jpg|js|css)$|\/(pdf|ics|logo|notes)$|\/reports\/[^/]+\.[a-z]+$/;

async function crawl(http: Browserless, start: string[], within: (path: string) => boolean, found: Set<string>) {
  const queue = [...start];
  const seen = new Set(queue);
  const pages: Page[] = [];
  while (queue.length > 0 && pages.length < MAX_PAGES) {
    const path = queue.shift()!;
    const res = await http.get(path);
    if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('text/html')) {
      await res.body?.cancel();
      continue;
    }
    const html = await res.text();
    pages.push({ path, html, by: http });
    // Public links also appear as text to copy (a partner's link, the board's code).
    for (const m of html.matchAll(/(?:https?:\/\/[^/"\s<]+)?(\/p\/[a-z]+(?:\/[\w-]+)?)/g)) found.add(m[1]!);
    for (const m of html.matchAll(/href="(\/[^"#]*)"/g)) {
      const next = new URL(decode(m[1]!), 'http://x').pathname;
      if (within(next) && !SKIP.test(next) && !seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return pages;
}

/** Every form that posts, once per kind: crawled as the coordinator and the admin, and anonymously on the public pages they link to. */
async function discover(baseUrl: string) {
  const coordinator = new Browserless(baseUrl, (await signInHttp(baseUrl, COORDINATOR)).cookie);
  const admin = new Browserless(baseUrl, (await signInHttp(baseUrl, ADMIN)).cookie);
  const home = (await coordinator.get('/')).headers.get('location') ?? '';
  if (!/^\/o\/[\w-]+$/.test(home)) throw new Error(`the coordinator lands on ${home}, not on an organisation`);
  const inOrg = (p: string) => p === home || p.startsWith(`${home}/`);
  const publicLinks = new Set<string>();
  const pages: Page[] = [
    ...(await crawl(coordinator, [home, '/account', '/orgs/new'], inOrg, publicLinks)),
    // The organisation's own settings (branding, members, holidays) are the admin's.
    ...(await crawl(admin, [`${home}/settings`, `${home}/holidays`, '/account'], (p) => inOrg(p) && !p.includes('/t/'), publicLinks)),
  ];
  const staffForms = pages.flatMap((page) => postForms(page, 'staff'));

  // Public forms that only exist once staff did something: an open board, an invitation.
  for (const open of staffForms.filter((f) => f.action.endsWith('/board') && f.fields.some((x) => x.name === 'intent' && x.value === 'open'))) {
    await (
      await open.by.post(
        open.action,
        open.fields.map((x) => [x.name, x.value]),
      )
    ).body?.cancel();
    const board = await (await open.by.get(open.action)).text();
    for (const m of board.matchAll(/data-testid="join-code"[^>]*>([A-Z0-9]+)</g)) publicLinks.add(`/p/board/${m[1]}`);
  }
  const invite = staffForms.find((f) => f.fields.some((x) => x.name === 'intent' && x.value === 'invite') && f.fields.some((x) => x.name === 'email'));
  if (invite) {
    const fields = invite.fields.map((x): [string, string] => [x.name, x.name === 'email' ? `fuzz-invitee-${Date.now()}@test.spiegel.local` : x.value]);
    await (await invite.by.post(invite.action, fields)).body?.cancel();
    const outbox = await (await new Browserless(baseUrl).get('/dev/outbox')).text();
    for (const m of outbox.matchAll(/\/invite\/[\w-]+/g)) publicLinks.add(m[0]);
  }

  const isPublic = (p: string) => p.startsWith('/p/') || p.startsWith('/invite/');
  const anonymous = new Browserless(baseUrl);
  const publicPages = await crawl(anonymous, [...publicLinks, '/login'], isPublic, new Set());
  // On a board one joins first; the board's own forms are for those who joined.
  const member = new Browserless(baseUrl);
  for (const join of publicPages.flatMap((page) => postForms(page, 'public')).filter((f) => f.fields.some((x) => x.name === 'intent' && x.value === 'join'))) {
    await (
      await member.post(
        join.action,
        join.fields.map((x) => [x.name, x.value || 'Fuzz']),
      )
    ).body?.cancel();
  }
  publicPages.push(
    ...(await crawl(
      member,
      [...publicLinks].filter((p) => p.startsWith('/p/board/')),
      isPublic,
      new Set(),
    )),
  );

  const forms = new Map<string, FoundForm>();
  for (const f of [...staffForms, ...publicPages.flatMap((page) => postForms(page, 'public'))]) {
    // Signing out ends the run's session; it has nothing to validate.
    if (!forms.has(formKey(f)) && !f.action.startsWith('/logout')) forms.set(formKey(f), f);
  }
  return { staff: pages.map((p) => p.path), publicLinks: publicPages.map((p) => p.path), forms: [...forms.values()] };
}

// ── the test ────────────────────────────────────────────────────────────────────────────────────

const adminUrl = process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

async function postgresAnswers(): Promise<boolean> {
  const probe = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  try {
    await probe.connect();
    await probe.end();
    return true;
  } catch {
    return false;
  }
}

describe('every form, fuzzed with bad values (staff and public, also .data)', () => {
  let server: RunningServer;
  let database: { url: string; drop: () => Promise<void> } | undefined;
  let pool: pg.Pool | undefined;

  beforeAll(async () => {
    if (await postgresAnswers()) {
      database = await freshDatabase(adminUrl, `spiegel_fuzz_${process.pid}`);
      pool = new pg.Pool({ connectionString: database.url, max: 1 });
    } else {
      console.warn(`fuzz-forms: no PostgreSQL at ${adminUrl}: checking "no 500" only; the row check needs PostgreSQL (set TEST_DATABASE_URL).`);
    }
    server = await startServer({
      DATABASE_URL: database?.url ?? '',
      SEED_DEMO: 'true',
      RATE_LIMIT_PUBLIC: '1000000',
      RATE_LIMIT_BOARD: '1000000',
      RATE_LIMIT_FAILED_LOOKUPS: '1000000',
    });
  });

  afterAll(async () => {
    await server?.stop();
    await pool?.end();
    await database?.drop();
  });

  it('answers no bad value with a 500, and writes nothing when it answers an error', async () => {
    const { staff, publicLinks, forms } = await discover(server.baseUrl);
    const count = (kind: FoundForm['kind']) => forms.filter((f) => f.kind === kind).length;
    console.info(
      `fuzz-forms: ${staff.length} staff pages, ${publicLinks.length} public pages; ${count('staff')} staff forms, ${count('public')} public forms; ${RUNS} runs each, seed ${SEED}`,
    );
    if (process.env.FUZZ_LIST) console.info([...forms.map(formKey), ...staff, ...publicLinks].join('\n'));
    // A broken crawl must not pass for a clean fuzz.
    expect(staff.length, 'staff pages crawled').toBeGreaterThanOrEqual(40);
    expect(count('staff'), 'staff forms found').toBeGreaterThanOrEqual(80);
    expect(count('public'), 'public forms found').toBeGreaterThanOrEqual(10);

    const query = pool ? await snapshotQuery(pool) : '';
    const findings: string[] = [];
    let posts = 0;
    let errors = 0;
    for (const [i, form] of forms.entries()) {
      const http = form.by;
      const out = await fc.check(
        fc.asyncProperty(variants(form), async ({ pairs, how }) => {
          for (const path of [form.action, dataUrl(form.action)]) {
            const before = pool ? await snapshot(pool, query) : undefined;
            const res = await http.post(path, pairs);
            posts++;
            const status = res.status;
            const error = await answeredError(res, path !== form.action);
            const shown = () =>
              `${status} on POST ${path} (${form.kind}, ${how}) with ${JSON.stringify(pairs.map(([k, v]) => [k, v.length > 80 ? `${v.slice(0, 40)}…(${v.length})` : v]))}`;
            if (status >= 500) throw new Error(shown());
            if (error) errors++;
            if (pool && before && error) {
              const written = changed(before, await snapshot(pool, query));
              if (written.length > 0) throw new Error(`error answer, yet ${written.join(', ')} changed: ${shown()}`);
            }
          }
        }),
        // Besides the random runs: a null byte in every field but the intent (PostgreSQL refuses it in text).
        { seed: SEED + i, numRuns: RUNS, endOnFailure: true, examples: [[nullBytes(form)]] },
      );
      if (out.failed)
        findings.push(`${String((out.errorInstance as Error)?.message ?? out.errorInstance)} [form ${i}, fast-check seed ${out.seed}; FUZZ_SEED=${SEED}]`);
    }
    console.info(`fuzz-forms: ${posts} posts, ${errors} answered an error${pool ? ' (each checked for written rows)' : ''}`);
    expect(findings).toEqual([]);
  });
});
