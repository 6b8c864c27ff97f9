import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
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
    const pool = new pg.Pool({ connectionString: config.url, max: 10 });
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
