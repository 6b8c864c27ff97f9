// Issue 13: the server outlives PostgreSQL dropping its connections and restarting. The app runs
// in a child process (a crash must show as an exit, not take the test runner down) against a
// throwaway cluster of this test's own: its own data folder, port and socket folder.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nl } from '#app/i18n/nl';
import { freePort } from '#tests/e2e/server';

const PG_BIN = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const haveBinaries = existsSync(path.join(PG_BIN, 'initdb')) && existsSync(path.join(PG_BIN, 'pg_ctl'));
// initdb refuses to run as root: then the cluster belongs to the postgres user.
const asRoot = process.getuid?.() === 0;

function pgCommand(command: string, args: string[]): string {
  const [file, all] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(PG_BIN, command), ...args]] : [path.join(PG_BIN, command), args];
  return execFileSync(file, all, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Polls until `check` holds; fails with `what` when it does not within `ms` (a guard against a hang). */
async function waitFor(what: string, check: () => Promise<boolean>, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`gave up waiting: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// It brings its own PostgreSQL, so one pass of `npm test` (the PGlite one) is enough.
const skipReason = !haveBinaries
  ? ` (skipped: no initdb/pg_ctl in ${PG_BIN}; set PG_BIN)`
  : process.env.DATABASE_URL
    ? ' (skipped: runs in the PGlite pass, with a cluster of its own)'
    : '';

describe.skipIf(skipReason !== '')(`server during a PostgreSQL outage${skipReason}`, () => {
  let dir = '';
  let port = 0;
  let app: ChildProcess | null = null;
  let base = '';
  let output = '';
  let exited: Promise<unknown> = Promise.resolve();
  const pgCtl = (...args: string[]) => pgCommand('pg_ctl', ['-D', path.join(dir, 'data'), '-w', '-t', '20', ...args]);
  const startPg = () =>
    pgCtl('-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`, '-l', path.join(dir, 'log'), 'start');

  async function query(text: string) {
    const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres` });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  }

  /** A GET that fails clearly when the app process is gone, and never waits more than 10 s. */
  async function get(pathname: string) {
    if (app?.exitCode !== null) throw new Error(`the server has exited (${app?.exitCode}):\n${output.slice(-2000)}`);
    const response = await fetch(base + pathname, { signal: AbortSignal.timeout(10_000) }).catch((error: unknown) => {
      throw new Error(`GET ${pathname} failed (${String(error)}); server exit code ${app?.exitCode}:\n${output.slice(-2000)}`);
    });
    return { status: response.status, text: await response.text() };
  }

  beforeAll(async () => {
    // The app loads its code (the slow part) while the cluster is made, and starts once it is up.
    dir = (
      asRoot
        ? execFileSync('runuser', ['-u', 'postgres', '--', 'mktemp', '-d', '/tmp/spiegel-outage-XXXXXX'], { encoding: 'utf8' })
        : execFileSync('mktemp', ['-d', '/tmp/spiegel-outage-XXXXXX'], { encoding: 'utf8' })
    ).trim();
    port = await freePort();
    app = spawn(process.execPath, ['tests/serve-source.mjs'], {
      env: {
        ...process.env,
        DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/postgres`,
        DATA_DIR: '',
        PORT: '0',
        SEED_DEMO: 'false',
        SMTP_URL: '',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    exited = new Promise((resolve) => app!.once('exit', resolve));
    const started = new Promise<string>((resolve, reject) => {
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /draait op (http:\/\/localhost:\d+)/.exec(output);
        if (match) resolve(match[1]!);
      };
      app!.stdout!.on('data', onData);
      app!.stderr!.on('data', onData);
      app!.once('exit', (code) => reject(new Error(`the server exited (${code}) before it started:\n${output}`)));
    });
    pgCommand('initdb', ['-D', path.join(dir, 'data'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    startPg();
    base = await started;
  }, 90_000);

  afterAll(async () => {
    if (app && app.exitCode === null) {
      app.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      if (app.exitCode === null) app.kill('SIGKILL');
    }
    if (dir) {
      try {
        pgCtl('-m', 'immediate', 'stop');
      } catch {
        // not running
      }
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('stays up when its connections are cut and when PostgreSQL restarts; answers 503 meanwhile and recovers by itself', async () => {
    // A page that reads the database: a well-formed but unknown agenda link is a 404.
    const page = '/p/agenda/no-such-token-0123456789';
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/readyz')).status).toBe(200);
    expect((await get(page)).status).toBe(404);

    // Every connection of the app is cut, as an operator might. Its idle pool connections hear of
    // it at once: the app logs the lost connection, or (the bug) exits on the unhandled 'error'.
    await query(`select pg_terminate_backend(pid) from pg_stat_activity where pid <> pg_backend_pid() and backend_type = 'client backend'`);
    await waitFor('the app to notice the cut', async () => output.includes('connection lost') || app?.exitCode !== null);
    expect((await get(page)).status).toBe(404);
    expect((await get('/readyz')).status).toBe(200);

    // PostgreSQL stops: pages answer 503 with the outage text; the process stays up.
    pgCtl('-m', 'fast', 'stop');
    const outage = await get(page);
    expect(outage.status).toBe(503);
    expect(outage.text).toContain(nl.common.unavailableTitle);
    // A client-side navigation is told to load the page itself (a single-fetch redirect), to get that page.
    const navigation = await get(`${page}.data`);
    expect(navigation.status).toBe(202);
    expect(navigation.text).toContain(page);
    expect((await get('/readyz')).status).toBe(503);
    expect((await get('/healthz')).status).toBe(200);

    // PostgreSQL is back: the app serves again without a restart.
    startPg();
    await waitFor('/readyz to answer 200', async () => (await get('/readyz')).status === 200);
    expect((await get(page)).status).toBe(404);
    expect(app?.exitCode).toBeNull();
  }, 60_000);
});
