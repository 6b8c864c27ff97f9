// `node scripts/bench-limit-store.mjs`: what a rate-limit count in PostgreSQL would cost per request
// (decision 0029), against the in-memory count Spiegel keeps. The shared count is the usual shape:
// an UNLOGGED table, one row per (key, window), `insert … on conflict do update … returning`. No
// app: one process counts requests of many client addresses, one at a time (the latency a request
// waits) and from 10 connections at once (what the database can take), then drops its table.
//
//   node scripts/bench-limit-store.mjs      (DATABASE_URL or postgres://postgres@127.0.0.1:5432/test; COUNTS, default 5000)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { percentile } from './bench-lib.mjs';

const COUNTS = Number(process.env.COUNTS ?? 5000);
const WINDOW_MS = 15 * 60 * 1000;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test', max: 10 });
const keyOf = (i) => `address:10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i % 200}`;

await pool.query('drop table if exists bench_rate_limits');
await pool.query(
  'create unlogged table bench_rate_limits (key text not null, window_start timestamptz not null, hits integer not null, primary key (key, window_start))',
);
const count = (key) =>
  pool.query(
    `insert into bench_rate_limits (key, window_start, hits) values ($1, to_timestamp(floor(extract(epoch from now()) * 1000 / $2) * $2 / 1000), 1)
     on conflict (key, window_start) do update set hits = bench_rate_limits.hits + 1 returning hits`,
    [key, WINDOW_MS],
  );

// Warm up: connections open, plan cached.
await Promise.all(Array.from({ length: 100 }, (_, i) => count(keyOf(i))));

const memory = new Map();
let started = performance.now();
for (let i = 0; i < COUNTS; i++) memory.set(keyOf(i), (memory.get(keyOf(i)) ?? 0) + 1);
const memoryMicros = ((performance.now() - started) * 1000) / COUNTS;

const waits = [];
for (let i = 0; i < COUNTS; i++) {
  const t = performance.now();
  await count(keyOf(i));
  waits.push(performance.now() - t);
}
waits.sort((a, b) => a - b);

started = performance.now();
let next = 0;
await Promise.all(
  Array.from({ length: 10 }, async () => {
    while (next < COUNTS) await count(keyOf(next++));
  }),
);
const perSecond = COUNTS / ((performance.now() - started) / 1000);

await pool.query('drop table bench_rate_limits');
await pool.end();
console.info(`in memory: ${memoryMicros.toFixed(2)} µs per count`);
console.info(`PostgreSQL, one at a time: p50 ${percentile(waits, 50).toFixed(3)} ms, p99 ${percentile(waits, 99).toFixed(3)} ms per count`);
console.info(`PostgreSQL, 10 connections: ${Math.round(perSecond)} counts per second`);
