// `npm run bench:fanout`: how the realtime fan-out between app instances behaves as instances and
// events grow, for PostgreSQL LISTEN/NOTIFY (what Spiegel uses, decision 0005) and for the two
// brokers on these machines, Redis pub/sub and NATS. No app: one process plays K publishing
// instances (each committing events, as app instances do) and N listening instances (each one
// connection that hears every event), and measures from publishing an event to each listener
// receiving it, at a steady rate for a few seconds per step. The broker's own CPU is read from /proc.
//
//   node scripts/bench-fanout.mjs            (PG: DATABASE_URL or postgres://postgres@127.0.0.1:5432/test,
//                                             REDIS_URL or redis://127.0.0.1:6379, NATS_URL or 127.0.0.1:4222)
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { connect as natsConnect } from 'nats';
import pg from 'pg';
import { createClient } from 'redis';
import { percentile, sleep } from './bench-lib.mjs';

const SECONDS = Number(process.env.SECONDS ?? 5);
const STEPS = (process.env.STEPS ?? '2x500,2x2500,20x500,20x2500').split(',').map((step) => step.split('x').map(Number));
const PUBLISHERS = 4;
const CHANNEL = 'spiegel_bench_fanout';
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
// An event as the hub sends it: a board change with a note of typical length.
const body = JSON.stringify({
  channel: 'board:00000000-0000-4000-8000-000000000000',
  kind: 'note',
  payload: { version: 1, change: { kind: 'note', note: { text: 'x'.repeat(160) } } },
});

/** CPU ticks of every process with this command name (postgres, redis-server, nats-server). */
function ticksOf(name) {
  let total = 0;
  for (const pid of readdirSync('/proc').filter((entry) => /^\d+$/.test(entry))) {
    try {
      if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== name) continue;
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

const transports = {
  async postgres(listeners) {
    const url = process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';
    const subs = await Promise.all(
      Array.from({ length: listeners }, async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`LISTEN ${CHANNEL}`);
        return client;
      }),
    );
    // The publishing instances' pools: a NOTIFY per statement, each its own commit.
    const pubs = new pg.Pool({ connectionString: url, max: PUBLISHERS });
    return {
      process: 'postgres',
      onMessage: (fn) => subs.forEach((client) => client.on('notification', (n) => fn(n.payload))),
      publish: (_i, text) => pubs.query('SELECT pg_notify($1, $2)', [CHANNEL, text]),
      close: () => Promise.all([...subs.map((client) => client.end()), pubs.end()]),
    };
  },
  async redis(listeners) {
    const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
    const handlers = [];
    const subs = await Promise.all(
      Array.from({ length: listeners }, async () => {
        const client = createClient({ url });
        await client.connect();
        await client.subscribe(CHANNEL, (text) => handlers.forEach((fn) => fn(text)));
        return client;
      }),
    );
    const pubs = await Promise.all(
      Array.from({ length: PUBLISHERS }, async () => {
        const client = createClient({ url });
        await client.connect();
        return client;
      }),
    );
    return {
      process: 'redis-server',
      onMessage: (fn) => handlers.push(fn),
      publish: (i, text) => pubs[i % PUBLISHERS].publish(CHANNEL, text),
      close: () => Promise.all([...subs, ...pubs].map((client) => client.quit())),
    };
  },
  async nats(listeners) {
    const servers = process.env.NATS_URL || '127.0.0.1:4222';
    const handlers = [];
    const subs = await Promise.all(
      Array.from({ length: listeners }, async () => {
        const nc = await natsConnect({ servers });
        const sub = nc.subscribe(CHANNEL);
        void (async () => {
          for await (const message of sub) handlers.forEach((fn) => fn(message.string()));
        })();
        await nc.flush();
        return nc;
      }),
    );
    const pubs = await Promise.all(Array.from({ length: PUBLISHERS }, () => natsConnect({ servers })));
    return {
      process: 'nats-server',
      onMessage: (fn) => handlers.push(fn),
      // NATS publishes without an answer; the client sends its buffer at once.
      publish: async (i, text) => pubs[i % PUBLISHERS].publish(CHANNEL, text),
      close: () => Promise.all([...subs, ...pubs].map((nc) => nc.close())),
    };
  },
};

async function step(name, listeners, rate) {
  const transport = await transports[name](listeners);
  const latencies = [];
  let received = 0;
  transport.onMessage((text) => {
    received++;
    latencies.push(performance.now() - Number(text.slice(0, text.indexOf(' '))));
  });
  const total = rate * SECONDS;
  const cpu0 = ticksOf(transport.process);
  const started = performance.now();
  let sent = 0;
  let failed = 0;
  const inFlight = new Set();
  // Paced in 10 ms slices; each publish is its own statement (a commit), as each event is.
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    while (sent < due) {
      const promise = transport.publish(sent, `${performance.now()} ${body}`).catch(() => failed++);
      inFlight.add(promise);
      void promise.finally(() => inFlight.delete(promise));
      sent++;
    }
    await sleep(10);
  }
  await Promise.all(inFlight);
  const deadline = performance.now() + 5000;
  while (received < sent * listeners && performance.now() < deadline) await sleep(20);
  const wall = (performance.now() - started) / 1000;
  const cpu = (ticksOf(transport.process) - cpu0) / CLK_TCK;
  await transport.close();
  latencies.sort((a, b) => a - b);
  const line = {
    transport: name,
    instances: listeners,
    events_per_s: rate,
    deliveries: `${received}/${sent * listeners}`,
    failed,
    p50_ms: percentile(latencies, 50).toFixed(1),
    p99_ms: percentile(latencies, 99).toFixed(1),
    broker_cpu_pct_of_core: ((cpu / wall) * 100).toFixed(0),
  };
  console.info(
    Object.entries(line)
      .map(([k, v]) => `${k}=${v}`)
      .join(' '),
  );
  return line;
}

console.info(`fan-out bench: ${SECONDS} s per step, ${PUBLISHERS} publishing connections, events of ${body.length + 20} bytes`);
for (const [listeners, rate] of STEPS) {
  for (const name of Object.keys(transports)) await step(name, listeners, rate);
}
