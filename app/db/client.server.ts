import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type { ClientConfig } from 'pg';
import * as schema from './schema';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

export type DbConfig = { url: string } | { dataDir: string } | { memory: true };

/** Listens for NOTIFY on a channel; resolves to a function that stops listening. */
export type Listen = (channel: string, onPayload: (payload: string) => void, onReconnect?: () => void) => Promise<() => Promise<void>>;

export type Handle = { db: Db; close: () => Promise<void>; driver: 'pg' | 'pglite'; listen: Listen };

const migrationsFolder = path.resolve(process.cwd(), 'app/db/migrations');
let current: Promise<Handle> | null = null;

export function configFromEnv(env = process.env): DbConfig {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL };
  // DATA_DIR=memory:// keeps everything in memory (tests, throwaway demos).
  if (env.DATA_DIR === 'memory://') return { memory: true };
  return { dataDir: path.resolve(env.DATA_DIR ?? 'data/pglite') };
}

async function open(config: DbConfig): Promise<Handle> {
  if ('url' in config) {
    const { default: pg } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    // Opening a connection gives up after a few seconds when the database is unreachable. Not the
    // pool's connectionTimeoutMillis: that also limits the wait for a free connection under load.
    class Client extends pg.Client {
      constructor(options?: ClientConfig) {
        super({ ...options, connectionTimeoutMillis: 3000 });
      }
    }
    const pool = new pg.Pool({ connectionString: config.url, max: 10, Client });
    // A connection the database drops (restart, pg_terminate_backend) emits 'error'; unheard, it ends
    // the process. The pool discards it and opens new ones on demand. A client is checked out during
    // a transaction, when the pool does not listen for it: hence a listener on each client too.
    pool.on('error', (error) => console.warn(`database: connection lost: ${error.message}`));
    pool.on('connect', (client) => client.on('error', () => {}));
    const db = drizzle(pool, { schema });
    await migrate(db, { migrationsFolder });
    // LISTEN needs its own connection, outside the pool; closed together with the pool.
    const { listenPg } = await import('../realtime/pg-listener.server');
    const listeners = new Set<{ close: () => Promise<void> }>();
    const listen: Listen = async (channel, onPayload, onReconnect) => {
      const listener = listenPg(config.url, channel, onPayload, onReconnect);
      listeners.add(listener);
      await listener.ready;
      return async () => {
        listeners.delete(listener);
        await listener.close();
      };
    };
    const close = async () => {
      await Promise.all([...listeners].map((l) => l.close()));
      await pool.end();
    };
    return { db: db as unknown as Db, close, driver: 'pg', listen };
  }
  // Off the request thread (issue 12): the database's work would otherwise stall every request.
  const { startPGliteThread } = await import('./pglite-client.server');
  const { drizzle } = await import('drizzle-orm/pglite');
  const client = await startPGliteThread({ dataDir: 'dataDir' in config ? config.dataDir : null, migrationsFolder });
  const db = drizzle({ client: client as never, schema });
  // One connection: PGlite delivers NOTIFY to its own listeners after commit.
  const listen: Listen = (channel, onPayload) => client.listen(channel, onPayload);
  return { db: db as unknown as Db, close: () => client.close(), driver: 'pglite', listen };
}

const unavailableCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const unavailableMessage = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error)/;

/**
 * Whether an error means the database cannot be reached (down, restarting, connection cut), as
 * opposed to a failing query. Drizzle wraps the driver's error as `cause`.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = (e as { code?: unknown }).code;
    // SQLSTATE class 08: connection exception; 57P01-03: shutting down, crashed, starting up.
    if (typeof code === 'string' && (unavailableCodes.has(code) || code.startsWith('08') || /^57P0[123]$/.test(code))) return true;
    if (unavailableMessage.test(e.message)) return true;
  }
  return false;
}

/** Whether the database answers now (`/readyz`). */
export async function databaseReachable(): Promise<boolean> {
  try {
    await (await db()).execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}

/** Opens (once) the database, applying migrations. */
export function initDb(config: DbConfig = configFromEnv()): Promise<Handle> {
  if (!current) {
    current = open(config).catch((error: unknown) => {
      // Forget the failed attempt, or every later request fails too.
      current = null;
      throw error;
    });
  }
  return current;
}

export async function db(): Promise<Db> {
  return (await initDb()).db;
}

export async function closeDb(): Promise<void> {
  if (!current) return;
  const handle = await current.catch(() => null);
  current = null;
  await handle?.close();
}
