// `npm run bench:board`: B boards × C phones for T seconds against the production server, then the
// same clients and the same post schedule against a bare Node SSE broadcast server (no database),
// to see how far the app is from the bare limit.
//
//   BOARDS=50 CLIENTS=40 SECONDS=60 npm run bench:board      (or: node scripts/bench-board.mjs 50 40 60)
//
// The app runs on PGlite in memory, or on PostgreSQL when DATABASE_URL is set: then a fresh
// database is made on that server for the run and dropped afterwards. Every phone keeps an SSE
// stream on its board's channel; every post carries a unique key that the event echoes, so the
// delivery latency of one event to one phone = when that phone's stream got it − when the post was
// sent. Half the time the phones post notes (phase "heard"); then the facilitator adds a theme and
// ideas and moves to "vote", and the phones change their dots for the other half.
//
// What people see: on the app, every phone also does what its page does (see `onEventLikeThePage`):
// it holds the view its loader gave and applies each pushed change in version order with the page's
// own code (app/realtime/versions.ts and the board's applyBoardChange, bundled here by esbuild),
// reloading the loader data after a gap or an event without a change, and after its own post. A post
// counts as visible on a phone once that phone's view shows it (the note's unique text; for a vote,
// the idea's total as only that vote can explain it). Visible on the board = on its slowest phone; a
// phone that never shows a post within GRACE_MS counts as not visible.
import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { build } from 'esbuild';
import { UNSAFE_decodeViaTurboStream as decodeViaTurboStream } from 'react-router';
import { freshDatabase } from './fresh-database.mjs';
import { freePort, percentile, sleep } from './bench-lib.mjs';

// The page's own code for applying pushed changes, so the phones here behave exactly as the page.
const pageCode = await build({
  stdin: {
    contents: `export { load, receive, startVersioned } from './app/realtime/versions.ts'; export { applyBoardChange } from './app/features/board/domain/live.ts';`,
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  write: false,
});
const { load, receive, startVersioned, applyBoardChange } = await import(`data:text/javascript,${encodeURIComponent(pageCode.outputFiles[0].text)}`);

const arg = (i, name, fallback) => Number(process.argv[2 + i] ?? process.env[name] ?? fallback);
const BOARDS = arg(0, 'BOARDS', 50);
const CLIENTS = arg(1, 'CLIENTS', 40);
const SECONDS = arg(2, 'SECONDS', 60);
const GRACE_MS = Number(process.env.GRACE_MS ?? 5000);
const IDEAS = 5;
const TOTAL = BOARDS * CLIENTS;
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

const sseAgent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
const postAgent = new http.Agent({ keepAlive: true, maxSockets: 256 });
// Each phone has its own connections in a browser: the page's reloads never queue behind another phone's.
const reloadAgent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

// ── small helpers ─────────────────────────────────────────────────────────
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function inParallel(items, width, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await fn(items[i], i);
      }
    }),
  );
}

/** One HTTP request with a urlencoded body; resolves with status, headers and body text. */
function request(url, { method = 'GET', form, headers = {}, agent = postAgent } = {}) {
  return new Promise((resolve, reject) => {
    const body = form ? new URLSearchParams(form).toString() : undefined;
    const req = http.request(
      url,
      {
        method,
        agent,
        headers: {
          ...headers,
          ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body) }),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, text }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** utime + stime of one or more processes in clock ticks; `system` alone with kind 'system'. */
function cpuTicks(pids, kind = 'all') {
  let ticks = 0;
  for (const pid of [pids].flat()) {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    ticks += (kind === 'system' ? 0 : Number(fields[11])) + Number(fields[12]);
  }
  return ticks;
}

/** CPU of all PostgreSQL processes on this machine (the server's share of the work on PostgreSQL). */
function postgresTicks() {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      if (stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) === 'postgres') ticks += cpuTicks(pid);
    } catch {
      // gone
    }
  }
  return ticks;
}

const peakRssMb = (pids) =>
  [pids].flat().reduce((mb, pid) => mb + Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024, 0);

async function startChild(args, env, readyPath) {
  const port = await freePort();
  const base = `http://localhost:${port}`;
  const child = spawn(process.execPath, args, { env: { ...process.env, ...env, PORT: String(port), APP_URL: base }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  child.on('exit', (code, signal) => keep(`\n[${args.join(' ')} exited: code ${code}, signal ${signal}]\n`));
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      if ((await request(base + readyPath, { agent: sseAgent })).status < 500) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${args.join(' ')} did not start:\n${output}`);
    await sleep(100);
  }
  return {
    base,
    pid: child.pid,
    output: () => output,
    stop() {
      if (child.exitCode !== null) return Promise.resolve();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      return exited;
    },
  };
}

// ── the schedule: the same for the app and the bare server ──────────────────
// Each phone posts every 15–30 s on average (its own mean), each gap jittered ±50 %.
function makeSchedule() {
  const random = mulberry32(20250705);
  const posts = [];
  for (let c = 0; c < TOTAL; c++) {
    const mean = 15_000 + random() * 15_000;
    for (let t = random() * mean; t < SECONDS * 1000; t += mean * (0.5 + random()))
      posts.push({ client: c, at: t, kind: t < (SECONDS * 1000) / 2 ? 'note' : 'vote', r: random() });
  }
  return posts.sort((a, b) => a.at - b.at);
}

// ── the phones ────────────────────────────────────────────────────────────
function makeRun(label) {
  return {
    label,
    posts: new Map(),
    latencies: [],
    byKind: { note: [], vote: [] },
    delivered: 0,
    duplicates: 0,
    misrouted: 0,
    reconnects: 0,
    postTimes: [],
    timeline: [],
    retries: 0,
    waited: 0,
    failed: new Map(),
    stopping: false,
    // What the phones saw (app only): their reloads and when each post first showed on each phone.
    onEvent: null,
    pending: new Map(),
    votesByIdea: new Map(),
    reloads: 0,
    aborted: 0,
    applied: 0,
    reconnectErrors: 0,
    reloadFailed: new Map(),
    inconsistent: 0,
  };
}

function onFrame(run, client, frame, now) {
  let data = null;
  for (const line of frame.split('\n')) {
    if (line.startsWith('id: ')) client.lastId = line.slice(4);
    else if (line.startsWith('data: ')) data = line.slice(6);
  }
  if (!data) return;
  const payload = JSON.parse(data).payload ?? {};
  const key = payload.key;
  const post = typeof key === 'string' ? run.posts.get(key) : undefined;
  // The board version the post made: which views hold it.
  if (post && typeof payload.version === 'number') post.version = payload.version;
  // Like the page: every event on the board's channel, also the facilitator's, reaches its view.
  run.onEvent?.(client, payload, now);
  if (!post) return;
  if (post.board !== client.board) return void run.misrouted++;
  // The event goes out after the commit: a reload asked for from now on includes the post.
  post.committedAt = Math.min(post.committedAt, now);
  if (post.seenBy.has(client.index)) return void run.duplicates++;
  post.seenBy.add(client.index);
  run.latencies.push(now - post.sentAt);
  run.byKind[post.kind].push(now - post.sentAt);
}

/** Opens (and keeps open, reconnecting with Last-Event-ID) a phone's stream; resolves once subscribed. */
function connect(run, base, client) {
  return new Promise((resolve, reject) => {
    const headers = { accept: 'text/event-stream', cookie: client.cookie ?? '' };
    if (client.lastId) headers['last-event-id'] = client.lastId;
    const req = http.request(`${base}/events?channels=${encodeURIComponent(`board:${client.boardId}`)}`, { agent: sseAgent, headers }, (res) => {
      if (res.statusCode !== 200) {
        res.resume();
        return reject(new Error(`SSE for client ${client.index}: ${res.statusCode}`));
      }
      resolve();
      res.setEncoding('utf8');
      let buffer = '';
      res.on('data', (chunk) => {
        const now = performance.now();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          onFrame(run, client, buffer.slice(0, end), now);
          buffer = buffer.slice(end + 2);
        }
      });
      res.on('close', () => {
        if (run.stopping) return;
        run.reconnects++;
        setTimeout(() => connect(run, base, client).catch((error) => run.reconnectErrors++ < 5 && console.warn(error.message)), 500);
      });
    });
    req.on('error', (error) => (run.stopping ? resolve() : reject(error)));
    client.req = req;
    req.end();
  });
}

/**
 * Runs the posts of one half of the schedule; `send` returns the HTTP status. Like a phone, a
 * client sends one post at a time: when its previous post is still unanswered at the scheduled
 * moment, the next goes out once it is (so dot toggles cannot overtake each other).
 */
async function runPosts(run, posts, offset, send, clients) {
  const started = performance.now();
  const inFlight = [];
  for (const post of posts) {
    const wait = started + (post.at - offset) - performance.now();
    if (wait > 1) await sleep(wait);
    const key = randomUUID().replaceAll('-', '');
    const record = {
      board: post.client % BOARDS,
      client: post.client,
      kind: post.kind,
      sentAt: 0,
      acked: false,
      committedAt: Infinity,
      seenBy: new Set(),
      visibleOn: new Map(),
    };
    run.posts.set(key, record);
    const client = clients[post.client];
    const go = () => {
      record.sentAt = performance.now();
      return (
        send(post, key, record)
          // A phone retries a post whose connection broke (a kept-alive socket the server had just
          // closed); the key makes the retry safe. Latency still counts from the first send.
          .catch((error) => (['ECONNRESET', 'EPIPE'].includes(error.code) ? (run.retries++, send(post, key, record)) : Promise.reject(error)))
          .then(
            (status) => {
              run.postTimes.push(performance.now() - record.sentAt);
              run.timeline.push([record.sentAt, performance.now() - record.sentAt]);
              if (status === 200) {
                record.acked = true;
                record.committedAt = Math.min(record.committedAt, performance.now());
              } else run.failed.set(status, (run.failed.get(status) ?? 0) + 1);
            },
            (error) => run.failed.set(error.code ?? error.message, (run.failed.get(error.code ?? error.message) ?? 0) + 1),
          )
          .finally(() => run.afterPost?.(client, record))
      );
    };
    if (client.unanswered) run.waited++;
    client.unanswered = (client.unanswered ?? 0) + 1;
    client.busy = (client.busy ?? Promise.resolve()).then(go).finally(() => client.unanswered--);
    inFlight.push(client.busy);
  }
  await Promise.all(inFlight);
}

// ── what the phones see (app only) ──────────────────────────────────────────
// The phone page's route: with the root's shouldRevalidate saying no, React Router's single fetch
// asks for this route's loader only (seen in Chromium: GET /p/board/CODE.data?_routes=…).
const PHONE_ROUTE = 'routes/board-participant';

/**
 * What a phone's page does with an event on its board (useVersionedLive in app/realtime/use-live.ts):
 * the change is applied to the view when it follows on from it; after a gap, or for an event that
 * carries no change, the page reloads its loader data once (React Router's revalidate(), only when
 * none is running).
 */
function onEventLikeThePage(run, client, payload, now) {
  if (typeof payload.version !== 'number') return;
  const event = { version: payload.version, change: payload.change ?? null };
  if (!client.state) return void client.early.push(event);
  run.applied++;
  client.state = receive(client.state, event, applyBoardChange);
  afterChange(run, client, now);
}

function afterChange(run, client, now) {
  showOnPhone(run, client, client.state.view, now);
  if (client.state.reload && !client.reload) reloadLikeThePage(run, client, false);
}

/**
 * The page's loader data again (GET /p/board/CODE.data?_routes=…), with the phone's own cookies.
 * After its own post (`newest`) React Router drops a reload still in flight and starts over.
 */
function reloadLikeThePage(run, client, newest) {
  if (run.stopping) return Promise.resolve();
  if (client.reload) {
    if (!newest) return client.reload.done;
    client.reload.abandoned = true;
    client.reload.destroy();
    run.aborted++;
  }
  run.reloads++;
  const failed = (why) => run.reloadFailed.set(why, (run.reloadFailed.get(why) ?? 0) + 1);
  let finished;
  const done = new Promise((resolve) => (finished = resolve));
  const req = http.get(
    `${client.base}/p/board/${client.code}.data?_routes=${encodeURIComponent(PHONE_ROUTE)}`,
    { agent: reloadAgent, headers: { cookie: client.cookie } },
    (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => {
        if (req.abandoned) return finished();
        client.reload = null;
        if (res.statusCode !== 200) return (failed(res.statusCode), finished());
        viewOf(text)
          .then((view) => {
            client.state = client.state
              ? load(client.state, view, applyBoardChange)
              : client.early.reduce((state, event) => receive(state, event, applyBoardChange), startVersioned(view));
            client.early = [];
            afterChange(run, client, performance.now());
          })
          .catch((error) => failed(`undecodable: ${error.message}`))
          .finally(finished);
      });
    },
  );
  req.on('error', (error) => {
    finished();
    if (req.abandoned || run.stopping) return;
    client.reload = null;
    failed(error.code ?? error.message);
  });
  req.done = done;
  client.reload = req;
  return done;
}

/** The view in a phone's loader answer (React Router's turbo-stream, decoded as the page does). */
async function viewOf(text) {
  const { value } = await decodeViaTurboStream(new Response(text).body, globalThis);
  const view = value?.[PHONE_ROUTE]?.data?.view;
  if (!view || !Array.isArray(view.ideas) || typeof view.version !== 'number') throw new Error('no view in the answer');
  return view;
}

/**
 * Which of the board's pending posts this view shows. A note: its unique text is on a note. A vote
 * (one dot on or off, ±1): the idea's total, against the votes on that idea the view surely holds
 * (their event's version is at most the view's) and those it may hold (sent before, version not yet
 * heard of); the vote shows when it is surely in and the total agrees, or when no choice of the
 * uncertain others alone explains the total.
 */
function showOnPhone(run, client, view, at) {
  const pending = (run.pending.get(client.board) ?? []).filter((post) => !post.visibleOn.has(client.index) && post.sentAt < at);
  if (!pending.length) return;
  const totals = new Map(view.ideas.map((idea) => [idea.id, idea.total]));
  for (const post of pending) {
    let shown;
    if (post.kind === 'note') shown = view.notes.some((note) => note.text === post.text);
    else {
      let sure = 0;
      let low = 0;
      let high = 0;
      let mine = false;
      for (const other of run.votesByIdea.get(post.ideaId)) {
        if (other.version !== undefined && other.version <= view.version) {
          sure += other.delta;
          if (other === post) mine = true;
        } else if (other !== post && other.version === undefined && other.sentAt < at && other.delta) {
          low += Math.min(0, other.delta);
          high += Math.max(0, other.delta);
        }
      }
      const rest = (totals.get(post.ideaId) ?? NaN) - sure;
      if (mine) {
        shown = rest >= low && rest <= high;
        if (!shown) run.inconsistent++;
      } else shown = post.version === undefined && !(rest >= low && rest <= high) && rest - post.delta >= low && rest - post.delta <= high;
    }
    if (shown) post.visibleOn.set(client.index, Math.min(post.visibleOn.get(client.index) ?? Infinity, at));
  }
}

/** Registers an answered post for the phones to find; drops posts every phone has shown. */
function watchForPost(run, post) {
  const list = (run.pending.get(post.board) ?? []).filter((p) => p.visibleOn.size < CLIENTS);
  list.push(post);
  run.pending.set(post.board, list);
}

function visibilityOf(run) {
  let waiting = 0;
  for (const post of run.posts.values()) if (post.acked) waiting += CLIENTS - post.visibleOn.size;
  return waiting;
}

function expectedOf(run) {
  let expected = 0;
  let acked = 0;
  let delivered = 0;
  for (const post of run.posts.values()) {
    if (!post.acked) continue;
    acked++;
    expected += CLIENTS;
    delivered += post.seenBy.size;
  }
  return { acked, expected, delivered };
}

async function finish(run, clients) {
  const deadline = Date.now() + GRACE_MS;
  while (Date.now() < deadline) {
    const { expected, delivered } = expectedOf(run);
    if (delivered >= expected && (!run.onEvent || visibilityOf(run) === 0)) break;
    await sleep(100);
  }
  run.stopping = true;
  for (const client of clients) client.req?.destroy();
}

function summarise(run, server, { cpuTicks: ticks, systemTicks, wallMs, pgTicks, transitionTicks = 0 }) {
  const { acked, expected, delivered } = expectedOf(run);
  const latencies = run.latencies.sort((a, b) => a - b);
  const posts = run.postTimes.sort((a, b) => a - b);
  const cpuS = ticks / CLK_TCK;
  const result = {
    sent: run.posts.size,
    acked,
    expected,
    delivered,
    lost: expected - delivered,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? NaN,
  };
  // BENCH_TIMELINE=1: post response times per 5 s window (to see when a queue builds up).
  if (process.env.BENCH_TIMELINE) {
    const start = run.timeline[0]?.[0] ?? 0;
    const windows = new Map();
    for (const [at, ms] of run.timeline) {
      const w = Math.floor((at - start) / 5000);
      windows.set(w, [...(windows.get(w) ?? []), ms]);
    }
    for (const [w, list] of windows) {
      list.sort((a, b) => a - b);
      console.info(
        `    ${w * 5}-${w * 5 + 5} s: ${list.length} posts, response p50 ${percentile(list, 50).toFixed(0)} ms, p99 ${percentile(list, 99).toFixed(0)} ms`,
      );
    }
  }
  const failed = [...run.failed].map(([k, v]) => `${k}×${v}`).join(' ') || 'none';
  console.info(`\n${run.label}`);
  console.info(
    `  posts: ${result.sent} sent, ${acked} acknowledged, failed: ${failed}, retried: ${run.retries}, held back behind the same phone's unanswered post: ${run.waited}; post response p50 ${percentile(posts, 50).toFixed(1)} ms, p99 ${percentile(posts, 99).toFixed(1)} ms`,
  );
  console.info(
    `  events: expected ${expected}, delivered ${delivered}, lost ${result.lost}, duplicates ${run.duplicates}, misrouted ${run.misrouted}, reconnects ${run.reconnects}`,
  );
  console.info(
    `  delivery latency: p50 ${result.p50.toFixed(1)} ms, p95 ${result.p95.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, max ${result.max.toFixed(1)} ms`,
  );
  for (const [kind, list] of Object.entries(run.byKind)) {
    list.sort((a, b) => a - b);
    if (list.length) console.info(`    ${kind}s: p50 ${percentile(list, 50).toFixed(1)} ms, p99 ${percentile(list, 99).toFixed(1)} ms`);
  }
  if (run.onEvent) Object.assign(result, summariseVisible(run, acked));
  result.cpuMsPerPost = acked ? (((ticks - transitionTicks) / CLK_TCK) * 1000) / acked : NaN;
  console.info(
    `  server: CPU ${cpuS.toFixed(1)} s (${(systemTicks / CLK_TCK).toFixed(1)} s of it in the kernel) in ${(wallMs / 1000).toFixed(1)} s (${((cpuS / (wallMs / 1000)) * 100).toFixed(0)} % of one core), peak RSS ${peakRssMb(server.pid).toFixed(0)} MB` +
      (pgTicks === undefined ? '' : `; PostgreSQL processes CPU ${(pgTicks / CLK_TCK).toFixed(1)} s`),
  );
  console.info(
    `  per post answered: ${result.cpuMsPerPost.toFixed(1)} ms of server CPU (${(transitionTicks / CLK_TCK).toFixed(1)} s for the facilitators' set-up left out)` +
      (pgTicks === undefined ? '' : ` (+ ${(((pgTicks / CLK_TCK) * 1000) / acked).toFixed(1)} ms in PostgreSQL)`),
  );
  return result;
}

/** From sending a post to the moment a phone holds an answer that shows it; per post, its board's slowest phone. */
function summariseVisible(run, acked) {
  const everyPhone = [];
  const perPhone = [];
  let notVisible = 0;
  let postsNotEverywhere = 0;
  const notVisibleByKind = { note: 0, vote: 0 };
  for (const post of run.posts.values()) {
    if (!post.acked) continue;
    const times = [...post.visibleOn.values()].map((at) => at - post.sentAt);
    perPhone.push(...times);
    notVisible += CLIENTS - times.length;
    notVisibleByKind[post.kind] += CLIENTS - times.length;
    if (times.length < CLIENTS) postsNotEverywhere++;
    else everyPhone.push(Math.max(...times));
  }
  everyPhone.sort((a, b) => a - b);
  perPhone.sort((a, b) => a - b);
  const failed = [...run.reloadFailed].map(([k, v]) => `${k}×${v}`).join(' ') || 'none';
  console.info(
    `  phones: ${run.applied} pushed events applied; reloads: ${run.reloads} asked (${TOTAL} of them the first load), ${run.aborted} dropped for a newer one, failed: ${failed}; views that contradict a committed vote: ${run.inconsistent}`,
  );
  console.info(
    `  visible on every phone of the board: p50 ${percentile(everyPhone, 50).toFixed(1)} ms, p99 ${percentile(everyPhone, 99).toFixed(1)} ms, max ${(everyPhone.at(-1) ?? NaN).toFixed(1)} ms; ` +
      `${postsNotEverywhere} of ${acked} posts not shown on every phone, ${notVisible} (post, phone) pairs never shown (notes ${notVisibleByKind.note}, votes ${notVisibleByKind.vote})`,
  );
  console.info(`  visible per phone: p50 ${percentile(perPhone, 50).toFixed(1)} ms, p99 ${percentile(perPhone, 99).toFixed(1)} ms`);
  return {
    visibleP50: percentile(everyPhone, 50),
    visibleP99: percentile(everyPhone, 99),
    notVisible,
    reloadsFailed: [...run.reloadFailed.values()].reduce((a, b) => a + b, 0),
  };
}

/** Busy and total jiffies of the whole machine (all cores), from /proc/stat. */
function machineTicks() {
  const [, ...values] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  const idle = values[3] + values[4];
  const total = values.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Samples once a second: the server's CPU, this simulator's CPU and the machine's, to see who was short of what. */
function cpuSampler(pid) {
  const samples = [];
  let last = { server: cpuTicks(pid), sim: process.cpuUsage(), machine: machineTicks(), at: performance.now() };
  const timer = setInterval(() => {
    try {
      const now = { server: cpuTicks(pid), sim: process.cpuUsage(), machine: machineTicks(), at: performance.now() };
      const seconds = (now.at - last.at) / 1000;
      samples.push({
        server: (now.server - last.server) / CLK_TCK / seconds,
        sim: (now.sim.user + now.sim.system - last.sim.user - last.sim.system) / 1e6 / seconds,
        machine: (now.machine.busy - last.machine.busy) / (now.machine.total - last.machine.total),
      });
      last = now;
    } catch {
      // the server is gone
    }
  }, 1000);
  return () => {
    clearInterval(timer);
    const stat = (key) => {
      const list = samples.map((x) => x[key]).sort((a, b) => a - b);
      return `median ${(percentile(list, 50) * 100).toFixed(0)} %, max ${((list.at(-1) ?? 0) * 100).toFixed(0)} %`;
    };
    return `CPU per second: server ${stat('server')} of one core; simulator ${stat('sim')} of one core; machine (${availableCores()} cores) ${stat('machine')} busy`;
  };
}

const availableCores = () =>
  readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('processor')).length;

function loopMonitor() {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  histogram.enable();
  return () => {
    histogram.disable();
    return `simulator event-loop delay p99 ${(histogram.percentile(99) / 1e6).toFixed(1)} ms, max ${(histogram.max / 1e6).toFixed(1)} ms`;
  };
}

// ── the app ───────────────────────────────────────────────────────────────

async function signIn(base) {
  const headers = { origin: base };
  await request(`${base}/login`, { method: 'POST', headers, form: { email: 'coordinator@demo.spiegel.local' } });
  const outbox = (await request(`${base}/dev/outbox`)).text;
  const token = outbox.match(/token=([\w-]+)/)?.[1];
  const confirmed = await request(`${base}/login/confirm`, { method: 'POST', headers, form: { token } });
  const cookie = confirmed.headers['set-cookie']?.[0]?.split(';')[0];
  if (!cookie) throw new Error(`sign-in failed: ${confirmed.status}`);
  return cookie;
}

function setCookieValue(headers, name) {
  return (headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).find((c) => c.startsWith(`${name}=`));
}

async function setUpBoards(base, cookie) {
  const headers = { origin: base, cookie };
  const boards = Array.from({ length: BOARDS }, (_, i) => ({ index: i }));
  await inParallel(boards, 4, async (board) => {
    const created = await request(`${base}/o/demostad/t/new`, {
      method: 'POST',
      headers,
      form: { title: `Bench-traject ${board.index + 1}`, variant: 'coalition', theme: '' },
    });
    board.tid = /\/t\/([0-9a-f-]{36})/.exec(created.headers.location ?? '')?.[1];
    if (!board.tid) throw new Error(`new trajectory: ${created.status} ${created.text.slice(0, 300)}`);
    board.path = `/o/demostad/t/${board.tid}/board`;
    await facilitator(base, headers, board, { intent: 'open' });
    const page = (await request(base + board.path, { headers })).text;
    board.code = /data-testid="join-code"[^>]*>(?:\s*<[^>]+>)*\s*([A-Z0-9]{6})/.exec(page)?.[1];
    board.boardId = /board:([0-9a-f-]{36})/.exec(page)?.[1];
    if (!board.code || !board.boardId) throw new Error(`board page without join code or channel (code ${board.code}, board ${board.boardId})`);
    await facilitator(base, headers, board, { intent: 'phase', phase: 'heard' });
  });
  return boards;
}

async function facilitator(base, headers, board, form) {
  const res = await request(`${base}${board.path}.data`, { method: 'POST', headers, form });
  if (res.status >= 400) throw new Error(`facilitator ${form.intent} on board ${board.index}: ${res.status} ${res.text.slice(0, 300)}`);
  return res;
}

/** Theme, ideas on behalf of the room, revealed, then the vote; returns the idea ids per board. */
async function toVote(base, cookie, boards, clients) {
  const headers = { origin: base, cookie };
  await inParallel(boards, 4, async (board) => {
    await facilitator(base, headers, board, { intent: 'theme-create', name: 'Samen beter' });
    let page = (await request(base + board.path, { headers })).text;
    const themeId = /name="themeId"[^>]*value="([0-9a-f-]{36})"|value="([0-9a-f-]{36})"[^>]*name="themeId"/.exec(page);
    await facilitator(base, headers, board, { intent: 'phase', phase: 'ideas' });
    for (let i = 0; i < IDEAS; i++) {
      await facilitator(base, headers, board, {
        intent: 'idea',
        themeId: themeId?.[1] ?? themeId?.[2] ?? '',
        text: `Idee ${i + 1} voor bord ${board.index + 1}`,
        key: `f-${board.index}-${i}-${randomUUID().slice(0, 8)}`,
      });
    }
    await facilitator(base, headers, board, { intent: 'reveal', revealed: '1' });
    await facilitator(base, headers, board, { intent: 'phase', phase: 'vote' });
    // The ideas as a phone sees them: the vote forms carry the idea ids.
    const phone = clients.find((c) => c.board === board.index);
    const answer = await request(`${base}/p/board/${board.code}`, { headers: { cookie: phone.cookie } });
    page = answer.text;
    board.ideaIds = [
      ...new Set([...page.matchAll(/name="ideaId"[^>]*value="([0-9a-f-]{36})"|value="([0-9a-f-]{36})"[^>]*name="ideaId"/g)].map((m) => m[1] ?? m[2])),
    ];
    if (board.ideaIds.length < IDEAS)
      throw new Error(
        `board ${board.index}: found ${board.ideaIds.length} idea ids on the phone page (${answer.status} ${answer.headers['ratelimit-policy']}): ${page
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 600)}`,
      );
  });
}

async function benchApp(schedule) {
  const database = process.env.DATABASE_URL ? await freshDatabase(process.env.DATABASE_URL, `spiegel_bench_${process.pid}`) : null;
  const label = database ? 'PostgreSQL' : 'PGlite';
  // APP_INSTANCES=2 (PostgreSQL only): several app processes on one database, the phones spread
  // over them as a load balancer would; events reach every instance through LISTEN/NOTIFY.
  const instances = database ? Math.max(1, Number(process.env.APP_INSTANCES ?? 1)) : 1;
  const servers = [];
  const server = {
    get base() {
      return servers[0].base;
    },
    get pid() {
      return servers.map((s) => s.pid);
    },
    output: () => servers.map((s) => s.output()).join('\n'),
    stop: () => Promise.all(servers.map((s) => s.stop())),
  };
  try {
    // One after the other: the first migrates and seeds the demo.
    for (let i = 0; i < instances; i++) {
      servers.push(
        await startChild(
          // BENCH_SERVER_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' profiles the app server.
          [...(process.env.BENCH_SERVER_ARGS?.split(' ').filter(Boolean) ?? []), 'server/main.js'],
          {
            DATA_DIR: 'memory://',
            DATABASE_URL: database?.url ?? '',
            SMTP_URL: '',
            NODE_ENV: '',
            SEED_DEMO: 'true',
            RATE_LIMIT_PUBLIC: '1000000',
            RATE_LIMIT_BOARD: '100000000',
            LOGIN_LINKS_PER_ADDRESS: '1000',
          },
          '/login',
        ),
      );
    }
    if (instances > 1) console.info(`app (${label}): ${instances} app instances`);
    const cookie = await signIn(server.base);
    const t0 = performance.now();
    const boards = await setUpBoards(server.base, cookie);
    const clients = Array.from({ length: TOTAL }, (_, index) => ({
      index,
      board: index % BOARDS,
      dots: new Array(IDEAS).fill(0),
      base: servers[index % instances].base,
    }));
    await inParallel(clients, 32, async (client) => {
      const board = boards[client.board];
      const res = await request(`${client.base}/p/board/${board.code}`, {
        method: 'POST',
        headers: { origin: client.base },
        form: { intent: 'join', displayName: `Telefoon ${client.index + 1}` },
      });
      client.cookie = setCookieValue(res.headers, 'spiegel_device');
      client.boardId = board.boardId;
      client.code = board.code;
      if (!client.cookie) throw new Error(`join: ${res.status} without a device cookie`);
    });
    console.info(`app (${label}): ${BOARDS} boards opened and ${TOTAL} phones joined in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const run = makeRun(`app (${label}${instances > 1 ? `, ${instances} instances` : ''}), ${BOARDS} boards × ${CLIENTS} phones, ${SECONDS} s`);
    run.onEvent = (client, payload, now) => onEventLikeThePage(run, client, payload, now);
    run.afterPost = (client, record) => {
      // A refused vote changed nothing: the phone's dots stay as they were.
      if (record.kind === 'vote' && !record.acked && record.committedAt === Infinity) {
        record.delta = 0;
        client.dots[record.ideaIndex] = client.dots[record.ideaIndex] ? 0 : 1;
      }
      // The page reloads its loader data after its own post only when it was refused (its
      // shouldRevalidate: a note comes pushed, a vote's answer holds the own dots; decision 0012).
      if (!record.acked) reloadLikeThePage(run, client, true);
    };
    const t1 = performance.now();
    for (const client of clients) client.early = [];
    await inParallel(clients, 64, (client) => connect(run, client.base, client));
    // Each page starts from its loader's view (the stream opens after the page has loaded: a gap then reloads once).
    await inParallel(clients, 64, (client) => reloadLikeThePage(run, client, true));
    console.info(`app (${label}): ${TOTAL} streams open and views loaded in ${((performance.now() - t1) / 1000).toFixed(1)} s`);

    const post = (p, key, record) => {
      const client = clients[p.client];
      const headers = { origin: client.base, cookie: client.cookie };
      if (!p.form) {
        if (p.kind === 'note') {
          // The key in letters: unique on every phone's page, and never a run of digits the name guard would stop.
          record.text = `Notitie ${[...key.slice(0, 12)].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('')}: wat ik hoorde`;
          p.form = { intent: 'note', column: p.r < 0.5 ? 'goes_well' : 'difficult', text: record.text, key };
        } else {
          // Toggle one dot on one of five ideas: never over the budget of 5, always a change.
          const i = Math.floor(p.r * IDEAS);
          client.dots[i] = client.dots[i] ? 0 : 1;
          Object.assign(record, { ideaIndex: i, ideaId: boards[client.board].ideaIds[i], delta: client.dots[i] ? 1 : -1 });
          run.votesByIdea.set(record.ideaId, [...(run.votesByIdea.get(record.ideaId) ?? []), record]);
          p.form = { intent: 'vote', ideaId: record.ideaId, criterion: '', dots: String(client.dots[i]), key };
        }
        watchForPost(run, record);
      }
      return request(`${client.base}/p/board/${client.code}.data`, { method: 'POST', headers, form: p.form }).then((res) => res.status);
    };
    const stopLoop = loopMonitor();
    const stopSampler = cpuSampler(server.pid);
    const cpu0 = cpuTicks(server.pid);
    const sys0 = cpuTicks(server.pid, 'system');
    const pg0 = database ? postgresTicks() : 0;
    const w0 = performance.now();
    const half = (SECONDS * 1000) / 2;
    await runPosts(
      run,
      schedule.filter((p) => p.kind === 'note'),
      0,
      post,
      clients,
    );
    const t2 = performance.now();
    // The facilitators' set-up between the halves is not a phone's post: its CPU stays out of the cost per post.
    const cpuBefore = cpuTicks(server.pid);
    await toVote(server.base, cookie, boards, clients);
    const transitionTicks = cpuTicks(server.pid) - cpuBefore;
    const transition = performance.now() - t2;
    await runPosts(
      run,
      schedule.filter((p) => p.kind === 'vote'),
      half,
      post,
      clients,
    );
    await finish(run, clients);
    const wallMs = performance.now() - w0;
    console.info(`  (the facilitators moved ${BOARDS} boards from notes to the vote in ${(transition / 1000).toFixed(1)} s, between the two halves)`);
    const result = summarise(run, server, {
      cpuTicks: cpuTicks(server.pid) - cpu0,
      systemTicks: cpuTicks(server.pid, 'system') - sys0,
      wallMs,
      pgTicks: database ? postgresTicks() - pg0 : undefined,
      transitionTicks,
    });
    console.info(`  ${stopSampler()}`);
    console.info(`  ${stopLoop()}`);
    return { ...result, label };
  } catch (error) {
    console.error(server.output());
    throw error;
  } finally {
    await server.stop();
    await database?.drop();
  }
}

// ── the bare limit ─────────────────────────────────────────────────────────
async function benchBare(schedule) {
  const server = await startChild(['scripts/bench-bare-sse.mjs'], {}, '/health');
  try {
    const boardIds = Array.from({ length: BOARDS }, () => randomUUID());
    const clients = Array.from({ length: TOTAL }, (_, index) => ({ index, board: index % BOARDS, boardId: boardIds[index % BOARDS] }));
    const run = makeRun(`bare Node SSE broadcast, same ${TOTAL} clients and schedule`);
    await inParallel(clients, 64, (client) => connect(run, server.base, client));
    const post = (p, key) => {
      const client = clients[p.client];
      return request(`${server.base}/publish/${client.boardId}`, { method: 'POST', form: { intent: p.kind, key } }).then((res) => res.status);
    };
    const stopLoop = loopMonitor();
    const stopSampler = cpuSampler(server.pid);
    const cpu0 = cpuTicks(server.pid);
    const sys0 = cpuTicks(server.pid, 'system');
    const w0 = performance.now();
    await runPosts(run, schedule, 0, post, clients);
    await finish(run, clients);
    const result = summarise(run, server, {
      cpuTicks: cpuTicks(server.pid) - cpu0,
      systemTicks: cpuTicks(server.pid, 'system') - sys0,
      wallMs: performance.now() - w0,
    });
    console.info(`  ${stopSampler()}`);
    console.info(`  ${stopLoop()}`);
    return result;
  } finally {
    await server.stop();
  }
}

// ── main ─────────────────────────────────────────────────────────────────
const schedule = makeSchedule();
// Each stream is a socket here and one in the server (its own process): warn before EMFILE does.
const openFiles = Number(/Max open files\s+(\d+)/.exec(readFileSync('/proc/self/limits', 'utf8'))?.[1] ?? Infinity);
if (openFiles < TOTAL + 1000) console.warn(`warning: ulimit -n is ${openFiles}; ${TOTAL} streams need more (raise it with ulimit -n ${TOTAL + 1000})`);
console.info(
  `board bench: ${BOARDS} boards × ${CLIENTS} phones = ${TOTAL} streams, ${SECONDS} s, ${schedule.length} posts scheduled (each phone every 15–30 s)`,
);
// BENCH_ONLY=bare or BENCH_ONLY=app runs one side (while working on the bench itself).
const only = process.env.BENCH_ONLY;
const app = only === 'bare' ? null : await benchApp(schedule);
const bare = only === 'app' ? null : await benchBare(schedule);
if (!app || !bare) process.exit(0);
const ratio = app.p99 / bare.p99;
console.info(`\nratio of p99 latencies (app ÷ bare): ${ratio.toFixed(2)}`);
const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : 'NaN');
console.info(
  `board-bench clients=${TOTAL} sent=${app.expected} delivered=${app.delivered} lost=${app.lost} p50_ms=${ms(app.p50)} p95_ms=${ms(app.p95)} p99_ms=${ms(app.p99)} bare_p99_ms=${ms(bare.p99)} ratio=${ratio.toFixed(2)}` +
    ` visible_p50_ms=${ms(app.visibleP50)} visible_p99_ms=${ms(app.visibleP99)} not_visible=${app.notVisible} reloads_failed=${app.reloadsFailed} cpu_ms_per_post=${ms(app.cpuMsPerPost)}`,
);
postAgent.destroy();
reloadAgent.destroy();
sseAgent.destroy();
