// The app thread's side of embedded PGlite on its own thread (pglite-worker.mjs, issue 12): the
// few calls Drizzle's PGlite driver makes (query, transaction), plus listen and close, as messages.
import path from 'node:path';
import { Worker } from 'node:worker_threads';

type Results = { rows: unknown[]; fields: { name: string; dataTypeID: number }[]; affectedRows?: number };
type QueryOptions = { rowMode?: 'array' | 'object' };
type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

const workerFile = path.resolve(process.cwd(), 'app/db/pglite-worker.mjs');

export type PGliteOnThread = Awaited<ReturnType<typeof startPGliteThread>>;

/** Starts PGlite (a data folder, or memory) on a worker thread and applies the migrations there. */
export async function startPGliteThread({ dataDir, migrationsFolder }: { dataDir: string | null; migrationsFolder: string }) {
  const worker = new Worker(workerFile, { workerData: { dataDir, migrationsFolder } });
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: string) => void>>();
  let lastId = 0;
  let closed = false;

  const failAll = (error: Error) => {
    closed = true;
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  const ready = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('message', () => resolve());
  });
  worker.on('error', (error) => failAll(error));
  worker.on('exit', () => failAll(new Error('The database thread stopped.')));
  worker.on('message', (message: { id?: number; result?: unknown; error?: Record<string, unknown>; channel?: string; payload?: string }) => {
    if (message.channel !== undefined) {
      for (const listener of listeners.get(message.channel) ?? []) listener(message.payload ?? '');
      return;
    }
    if (message.id === undefined) return;
    const call = pending.get(message.id);
    pending.delete(message.id);
    if (!call) return;
    if (message.error) call.reject(Object.assign(new Error(String(message.error.message)), message.error));
    else call.resolve(message.result as never);
  });
  await ready;

  function call<T>(message: Record<string, unknown>): Promise<T> {
    if (closed) return Promise.reject(new Error('The database is closed.'));
    const id = ++lastId;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: never) => void, reject });
      worker.postMessage({ ...message, id });
    });
  }
  const query =
    (tx: number | null) =>
    (sql: string, params: unknown[] = [], options: QueryOptions = {}) =>
      call<Results>({ kind: 'query', tx, sql, params, rowMode: options.rowMode ?? 'object' });

  return {
    query: query(null),
    get closed() {
      return closed;
    },
    /** Begin, the callback's queries, then commit (or rollback when it throws), on the worker's one connection. */
    async transaction<T>(callback: (tx: { query: ReturnType<typeof query> }) => Promise<T>): Promise<T> {
      const tx = await call<number>({ kind: 'begin' });
      let result: T;
      try {
        result = await callback({ query: query(tx) });
      } catch (error) {
        await call({ kind: 'end', tx, commit: false }).catch(() => undefined);
        throw error;
      }
      await call({ kind: 'end', tx, commit: true });
      return result;
    },
    /** NOTIFY on a channel, delivered after commit (PGlite's own listeners, forwarded). */
    async listen(channel: string, onPayload: (payload: string) => void) {
      let set = listeners.get(channel);
      if (!set) {
        set = new Set();
        listeners.set(channel, set);
        await call({ kind: 'listen', channel });
      }
      set.add(onPayload);
      return async () => {
        set.delete(onPayload);
        if (set.size > 0 || closed) return;
        listeners.delete(channel);
        await call({ kind: 'unlisten', channel });
      };
    },
    async close() {
      if (closed) return;
      await call({ kind: 'close' }).catch(() => undefined);
      closed = true;
      await worker.terminate();
    },
  };
}
