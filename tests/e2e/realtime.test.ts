// The realtime backbone over real HTTP: who may open /events for which channel, the stream's
// headers, and (with PostgreSQL) two app instances on one database seeing each other's events.
import { appendFileSync, mkdirSync } from 'node:fs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../scripts/fresh-database.mjs';
import { openSse } from '../sse-reader';
import { baseUrl, type FreshOrg, freshOrg } from './fixtures';
import { acceptInvitationHttp, type HttpClient, signInHttp } from './http';
import { type RunningServer, startServer } from './server';

// The two-instance test starts its own servers with the demo seeded; the rest uses a fresh organisation.
const COORDINATOR = 'coordinator@demo.spiegel.local';
const stamp = Date.now().toString(36);
// Waits for an SSE message: generous, so a loaded machine is slow, not failing.
const SSE_WAIT = 15_000;

async function demoTrajectoryId(http: HttpClient, orgSlug: string): Promise<string> {
  const list = await (await http.get(`/o/${orgSlug}`)).text();
  const id = list.match(new RegExp(`/o/${orgSlug}/t/([0-9a-f-]{36})`))?.[1];
  if (!id) throw new Error('demo trajectory not found in the list');
  return id;
}

const channel = (trajectoryId: string, topic: string) => `trajectory:${trajectoryId}:${topic}`;
const eventsUrl = (base: string, ...channels: string[]) => `${base}/events?channels=${encodeURIComponent(channels.join(','))}`;

/** A fresh member of the demo organisation through the real invitation flow, with one trajectory role. */
async function memberWithRole(coordinator: HttpClient, orgSlug: string, trajectoryId: string, role: string): Promise<HttpClient> {
  const email = `rt-${role.replace('_', '-')}-${stamp}@test.spiegel.local`;
  expect((await coordinator.post(`/o/${orgSlug}/settings`, { intent: 'invite', email, role: 'member' })).status).toBe(200);
  const member = await acceptInvitationHttp(baseUrl(), email);
  const rolesPath = `/o/${orgSlug}/t/${trajectoryId}/roles`;
  const rolesPage = await (await coordinator.get(rolesPath)).text();
  const userId = rolesPage.match(new RegExp(`value="([0-9a-f-]{36})"[^>]*>[^<]*${email.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))?.[1];
  if (!userId) throw new Error(`${email} not in the member list`);
  expect((await coordinator.post(rolesPath, { intent: 'assign', userId, role })).status).toBe(200);
  return member;
}

describe('GET /events: authorised per channel', () => {
  let org: FreshOrg;
  let coordinator: HttpClient;
  let tid: string;
  beforeAll(async () => {
    org = await freshOrg();
    coordinator = await signInHttp(baseUrl(), org.people.coordinator.email);
    tid = await demoTrajectoryId(coordinator, org.slug);
  });

  it('streams for the lead, uncompressed, with the SSE headers and a retry hint', async () => {
    const stream = await openSse(eventsUrl(baseUrl(), channel(tid, 'console'), channel(tid, 'minutes'), channel(tid, 'reception')), {
      cookie: coordinator.cookie,
      'accept-encoding': 'gzip, br',
    });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(stream.headers.get('cache-control')).toBe('no-cache, no-transform');
      expect(stream.headers.get('x-accel-buffering')).toBe('no');
      expect(stream.headers.get('content-encoding')).toBeNull();
      expect((await stream.next(SSE_WAIT)).retry).toBe(2000);
    } finally {
      stream.close();
    }
  });

  it('refuses without a session, and refuses the whole request for any channel not allowed', async () => {
    const consoleUrl = eventsUrl(baseUrl(), channel(tid, 'console'));
    expect((await openSse(consoleUrl)).status).toBe(401);

    // An organisation member whose only role is listener: neither the console nor the draft minutes.
    const listener = await memberWithRole(coordinator, org.slug, tid, 'listener');
    expect((await openSse(consoleUrl, { cookie: listener.cookie })).status).toBe(403);
    expect((await openSse(eventsUrl(baseUrl(), channel(tid, 'minutes')), { cookie: listener.cookie })).status).toBe(403);
    // A policy member of the trajectory: not a live-meeting role either.
    const policy = await signInHttp(baseUrl(), org.people.policy.email);
    expect((await openSse(consoleUrl, { cookie: policy.cookie })).status).toBe(403);
    // Someone from outside the organisation.
    const outsider = await signInHttp(baseUrl(), `rt-outsider-${stamp}@test.spiegel.local`);
    expect((await openSse(consoleUrl, { cookie: outsider.cookie })).status).toBe(403);
    // One allowed and one unknown trajectory: no silent drop, the whole stream is refused.
    const unknown = channel('00000000-0000-4000-8000-000000000000', 'console');
    expect((await openSse(eventsUrl(baseUrl(), channel(tid, 'console'), unknown), { cookie: coordinator.cookie })).status).toBe(403);
    expect((await openSse(eventsUrl(baseUrl(), 'trajectory:nonsense'), { cookie: coordinator.cookie })).status).toBe(400);
  });
});

describe('two app instances on one PostgreSQL', () => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  let url = '';
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    if (!adminUrl) return;
    database = await freshDatabase(adminUrl, `spiegel_rt_${process.pid}`);
    url = database.url;
    // One after the other: the first migrates and seeds the demo, the second finds it there.
    servers.push(await startServer({ DATABASE_URL: url, DATA_DIR: '', SEED_DEMO: 'true' }));
    servers.push(await startServer({ DATABASE_URL: url, DATA_DIR: '', SEED_DEMO: 'true' }));
  });

  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await database?.drop();
  });

  it.skipIf(!adminUrl)(
    'delivers an event committed through one instance to a stream on the other (set TEST_DATABASE_URL; PGlite is one process only)',
    async () => {
      const [a, b] = servers as [RunningServer, RunningServer];
      const lead = await signInHttp(b.baseUrl, COORDINATOR);
      const tid = await demoTrajectoryId(lead, 'demostad');
      const consoleChannel = channel(tid, 'console');
      const onB = await openSse(eventsUrl(b.baseUrl, consoleChannel), { cookie: lead.cookie });
      // The session lives in the shared database, so the same cookie works on instance A.
      const onA = await openSse(eventsUrl(a.baseUrl, consoleChannel), { cookie: lead.cookie });
      const db = new pg.Client({ connectionString: url });
      await db.connect();
      try {
        expect([onA.status, onB.status]).toEqual([200, 200]);
        expect((await onB.next(SSE_WAIT)).retry).toBe(2000);
        expect((await onA.next(SSE_WAIT)).retry).toBe(2000);
        const { rows } = await db.query<{ org_id: string }>('select org_id from trajectories where id = $1', [tid]);

        // Exactly what publish() does inside the transaction of a change.
        const started = performance.now();
        await db.query('begin');
        const inserted = await db.query<{ id: string }>(
          `insert into events (org_id, channel, kind, payload) values ($1, $2, 'two-instance', '{"n":1}') returning id`,
          [rows[0]!.org_id, consoleChannel],
        );
        const id = inserted.rows[0]!.id;
        await db.query(`select pg_notify('spiegel_events', $1)`, [JSON.stringify({ channel: consoleChannel, id: Number(id) })]);
        await db.query('commit');
        const onBMessage = await onB.next(SSE_WAIT);
        const delay = performance.now() - started;
        // The SSE id is the stream's position; the event's id is in the data.
        const eventId = (message: { data: string }) => String((JSON.parse(message.data) as { id: number }).id);
        expect(JSON.parse(onBMessage.data)).toEqual({ id: Number(id), channel: consoleChannel, kind: 'two-instance', payload: { n: 1 } });
        expect(eventId(await onA.next(SSE_WAIT))).toBe(id);

        const line = `${new Date().toISOString()} two instances, commit → SSE client on the other instance: ${delay.toFixed(1)} ms (PostgreSQL)`;
        console.info(line);
        mkdirSync('test-results', { recursive: true });
        appendFileSync('test-results/realtime-delay.txt', `${line}\n`);

        // A reconnect to the other instance with Last-Event-ID gets the missed event replayed.
        const replay = await openSse(eventsUrl(a.baseUrl, consoleChannel), { cookie: lead.cookie, 'last-event-id': String(Number(id) - 1) });
        try {
          expect((await replay.next(SSE_WAIT)).retry).toBe(2000);
          expect(eventId(await replay.next(SSE_WAIT))).toBe(id);
        } finally {
          replay.close();
        }
      } finally {
        onA.close();
        onB.close();
        await db.end();
      }
    },
  );
});
