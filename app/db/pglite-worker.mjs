// Embedded PGlite on its own thread (issue 12): the database's work no longer blocks the HTTP
// loop. The app thread sends queries and transaction steps as messages (pglite-client.server.ts);
// this thread runs them on the one PGlite connection, which queues them as it always did.
import { mkdirSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';

const { dataDir, migrationsFolder } = workerData;
if (dataDir) mkdirSync(dataDir, { recursive: true }); // PGlite creates its folder non-recursively.
const client = await PGlite.create(dataDir ?? undefined);
await migrate(drizzle(client), { migrationsFolder });

// Dates and times stay text, as Drizzle asks of both drivers (it maps them itself).
const raw = (value) => value;
const parsers = Object.fromEntries([types.TIMESTAMP, types.TIMESTAMPTZ, types.INTERVAL, types.DATE, 1231, 1115, 1185, 1187, 1182].map((oid) => [oid, raw]));

/** Open transactions by id: the PGlite transaction, and how to end it. */
const open = new Map();
let lastTx = 0;
const ROLLBACK = Symbol('rollback');
const listening = new Map();

const reply = (id, result) => parentPort.postMessage({ id, result });
// PostgreSQL's error fields (code, constraint, detail…) are own properties that a cloned Error
// loses; only the plain ones travel (the query options hold functions).
const fail = (id, error) => {
  const fields = Object.entries(error instanceof Object ? error : {}).filter(([, value]) => ['string', 'number', 'boolean'].includes(typeof value));
  parentPort.postMessage({ id, error: { ...Object.fromEntries(fields), message: error?.message ?? String(error) } });
};

function begin(id) {
  const tx = ++lastTx;
  let end;
  const ended = new Promise((resolve) => (end = resolve));
  client
    .transaction(async (connection) => {
      open.set(tx, { connection, end });
      reply(id, tx);
      const { commit } = await ended;
      if (!commit) throw ROLLBACK;
    })
    .then(
      () => reply(open.get(tx).endId, null),
      (error) => (error === ROLLBACK ? reply(open.get(tx).endId, null) : fail(open.get(tx).endId, error)),
    )
    .finally(() => open.delete(tx));
}

const handlers = {
  async query({ tx, sql, params, rowMode }) {
    const target = tx ? open.get(tx).connection : client;
    const { rows, fields, affectedRows } = await target.query(sql, params, { rowMode, parsers });
    return { rows, fields, affectedRows };
  },
  async listen({ channel }) {
    if (!listening.has(channel)) listening.set(channel, await client.listen(channel, (payload) => parentPort.postMessage({ channel, payload })));
    return null;
  },
  async unlisten({ channel }) {
    await listening.get(channel)?.();
    listening.delete(channel);
    return null;
  },
  async close() {
    await client.close();
    return null;
  },
};

parentPort.on('message', (message) => {
  const { id, kind } = message;
  if (kind === 'begin') return begin(id);
  if (kind === 'end') {
    const transaction = open.get(message.tx);
    transaction.endId = id;
    return transaction.end({ commit: message.commit });
  }
  handlers[kind](message).then(
    (result) => reply(id, result),
    (error) => fail(id, error),
  );
});
parentPort.postMessage({ ready: true });
