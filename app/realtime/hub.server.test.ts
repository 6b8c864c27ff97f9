// Integration: publish → NOTIFY → hub → stream, on the real database (PGlite in-process, and
// PostgreSQL in CI), plus the /events endpoint over real HTTP.
import { appendFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createSession, destroySession, endOtherSessions, getSessionUser, TOUCH_MS } from '#app/auth/session.server';
import { db } from '#app/db/client.server';
import { events, sessions } from '#app/db/schema';
import { giveRole, makeMember, makeOrg, makeTrajectory } from '#tests/factories';
import { openSse } from '#tests/sse-reader';
import { channelFor } from './channels';
import { openStream } from './hub.server';
import { NOTIFY_MAX_BYTES, publish } from './publish.server';
import { eventsEndpoint } from './sse.server';
import { type LiveEvent, parseLastEventId } from './stream';

/** Collects delivered events; `until(n)` resolves once n have arrived (no polling, no sleeps). */
function collector() {
  const got: (LiveEvent & { position: string; at: number })[] = [];
  let wake = () => {};
  return {
    got,
    send: (event: LiveEvent, position: string) => {
      got.push({ ...event, position, at: performance.now() });
      wake();
    },
    async until(count: number, timeoutMs = 15_000) {
      const deadline = Date.now() + timeoutMs;
      while (got.length < count) {
        if (Date.now() > deadline) throw new Error(`only ${got.length} of ${count} events arrived`);
        await new Promise<void>((resolve) => {
          wake = resolve;
          setTimeout(resolve, 50);
        });
      }
    },
  };
}

async function commit(orgId: string, channel: string, kind: string, payload: Record<string, unknown> = {}) {
  return (await db()).transaction((tx) => publish(tx, { orgId, channel, kind, payload }));
}

/** A fresh trajectory's console channel with an open stream on it. */
async function consoleStream() {
  const org = await makeOrg();
  const trajectory = await makeTrajectory(org.id);
  const channel = channelFor(trajectory.id, 'console');
  const c = collector();
  const stop = await openStream({ channels: [{ channel, orgId: org.id }], lastEventId: null, send: c.send });
  return { org, trajectory, channel, c, stop };
}

function recordDelay(label: string, ms: number) {
  const line = `${new Date().toISOString()} ${label}: ${ms.toFixed(1)} ms (${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'})`;
  console.info(line);
  mkdirSync('test-results', { recursive: true });
  appendFileSync('test-results/realtime-delay.txt', `${line}\n`);
}

describe('realtime hub', () => {
  it('delivers a committed event and nothing of a rolled-back one', async () => {
    const { org, channel, c, stop } = await consoleStream();
    try {
      await (
        await db()
      )
        .transaction(async (tx) => {
          await publish(tx, { orgId: org.id, channel, kind: 'rolled-back' });
          tx.rollback();
        })
        .catch(() => {});
      expect(await (await db()).select().from(events).where(eq(events.channel, channel))).toEqual([]);

      const started = performance.now();
      const id = await commit(org.id, channel, 'advanced', { question: 2 });
      await c.until(1);
      // NOTIFYs arrive in commit order: had the rolled-back one been sent, it would be first.
      expect(c.got.map(({ id, channel, kind, payload }) => ({ id, channel, kind, payload }))).toEqual([
        { id, channel, kind: 'advanced', payload: { question: 2 } },
      ]);
      recordDelay('in-process publish → subscriber', c.got[0]!.at - started);
    } finally {
      stop();
    }
  });

  it('replays missed events after Last-Event-ID, then live ones, without gaps or duplicates', async () => {
    const org = await makeOrg();
    const trajectory = await makeTrajectory(org.id);
    const other = await makeTrajectory(org.id);
    const consoleChannel = channelFor(trajectory.id, 'console');
    const minutesChannel = channelFor(trajectory.id, 'minutes');
    const channels = [consoleChannel, minutesChannel].map((channel) => ({ channel, orgId: org.id }));
    // Another stream hears the first commits live: once it has all three, so has this instance, and
    // no late notice of them can reach the stream below (which is about the replay).
    const earlier = collector();
    const stopEarlier = await openStream({ channels, lastEventId: null, send: earlier.send });
    const seen = await commit(org.id, consoleChannel, 'one');
    const two = await commit(org.id, consoleChannel, 'two');
    await commit(org.id, channelFor(other.id, 'console'), 'elsewhere');
    const three = await commit(org.id, minutesChannel, 'three');
    await earlier.until(3);
    stopEarlier();

    const c = collector();
    // Where the earlier stream was after `seen`, as a browser would send it back.
    expect(earlier.got[0]!.id).toBe(seen);
    const stop = await openStream({ channels, lastEventId: parseLastEventId(earlier.got[0]!.position), send: c.send });
    try {
      const four = await commit(org.id, consoleChannel, 'four');
      await c.until(3);
      expect(c.got.map((e) => e.id)).toEqual([two, three, four]);
      expect(c.got.map((e) => e.kind)).toEqual(['two', 'three', 'four']);
    } finally {
      stop();
    }
  });

  it('reads an event too large for the NOTIFY from the table, and keeps the commit order around it', async () => {
    const { org, channel, c, stop } = await consoleStream();
    try {
      const large = { text: 'x'.repeat(NOTIFY_MAX_BYTES + 1) };
      const ids = [await commit(org.id, channel, 'small-1'), await commit(org.id, channel, 'large', large), await commit(org.id, channel, 'small-2', { n: 2 })];
      await c.until(3);
      expect(c.got.map(({ id, kind, payload }) => ({ id, kind, payload }))).toEqual([
        { id: ids[0], kind: 'small-1', payload: {} },
        { id: ids[1], kind: 'large', payload: large },
        { id: ids[2], kind: 'small-2', payload: { n: 2 } },
      ]);
    } finally {
      stop();
    }
  });

  it('does not hand events of one channel to a stream of another', async () => {
    const org = await makeOrg();
    const trajectory = await makeTrajectory(org.id);
    const c = collector();
    const stop = await openStream({ channels: [{ channel: channelFor(trajectory.id, 'minutes'), orgId: org.id }], lastEventId: null, send: c.send });
    try {
      await commit(org.id, channelFor(trajectory.id, 'console'), 'not-for-you');
      const id = await commit(org.id, channelFor(trajectory.id, 'minutes'), 'for-you');
      await c.until(1);
      expect(c.got.map((e) => e.id)).toEqual([id]);
    } finally {
      stop();
    }
  });
});

describe('realtime hub on PostgreSQL', () => {
  it.skipIf(!process.env.DATABASE_URL)('reconnects a dropped LISTEN connection and catches up on what it missed', async () => {
    const { org, channel, c, stop } = await consoleStream();
    try {
      // As if the database restarted: every LISTEN connection is cut (other workers reconnect too).
      await (
        await db()
      ).execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'spiegel-listen' and datname = current_database()`);
      const missed = await commit(org.id, channel, 'while-away');
      await c.until(1, 5000);
      const live = await commit(org.id, channel, 'after');
      await c.until(2, 5000);
      expect(c.got.map((e) => e.id)).toEqual([missed, live]);
    } finally {
      stop();
    }
  });

  it.skipIf(!process.env.DATABASE_URL)('catches up on an event with a lower id that committed while the LISTEN connection was down', async () => {
    const { org, channel, c, stop } = await consoleStream();
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let inserted = () => {};
    const holding = new Promise<void>((resolve) => (inserted = resolve));
    // A lower id, held in an open transaction while a higher one commits and is heard.
    const late = (await db()).transaction(async (tx) => {
      const id = await publish(tx, { orgId: org.id, channel, kind: 'late' });
      inserted();
      await gate;
      return id;
    });
    try {
      await holding;
      const early = await commit(org.id, channel, 'early');
      await c.until(1);
      const database = await db();
      const listening = async () => {
        const result = await database.execute(sql`select pid from pg_stat_activity where application_name = 'spiegel-listen' and datname = current_database()`);
        return (result as unknown as { rows: { pid: number }[] }).rows;
      };
      const cut = (await listening()).map((r) => r.pid);
      await database.execute(
        sql`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'spiegel-listen' and datname = current_database()`,
      );
      // Commits while no LISTEN connection of this worker is up (it waits at least 250 ms to reconnect).
      while ((await listening()).some((r) => cut.includes(r.pid))) await new Promise((resolve) => setTimeout(resolve, 10));
      release();
      const lateId = await late;
      expect(lateId).toBeLessThan(early);
      await c.until(2, 5000);
      expect(c.got.map((e) => e.id)).toEqual([early, lateId]);
    } finally {
      release();
      await late.catch(() => {});
      stop();
    }
  });
});

describe('GET /events', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    server = createServer((req, res) => void eventsEndpoint(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });

  async function cookieFor(userId: string) {
    return (await createSession(userId, new Request('http://localhost/'))).split(';')[0]!;
  }

  // Ids are handed out at insert, not at commit: with concurrent writers a lower id can commit
  // after a higher one was sent. A client that reconnects with its Last-Event-ID, whatever the
  // interleaving, must still get every event exactly once (issue 13).
  it.skipIf(!process.env.DATABASE_URL)('gives a reconnecting client every event exactly once when writers commit out of id order', async () => {
    const org = await makeOrg();
    const trajectory = await makeTrajectory(org.id);
    const lead = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
    const cookie = await cookieFor(lead.user.id);
    const channel = channelFor(trajectory.id, 'console');
    const url = `${base}/events?channels=${encodeURIComponent(channel)}`;

    /** A transaction that has published its event (so holds its id) and commits when told. */
    const writer = async (kind: string) => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => (release = resolve));
      let inserted = (_id: number) => {};
      const id = new Promise<number>((resolve) => (inserted = resolve));
      const done = (await db()).transaction(async (tx) => {
        inserted(await publish(tx, { orgId: org.id, channel, kind }));
        await gate;
      });
      return { id: await id, commit: () => (release(), done) };
    };

    const received: string[] = [];
    let last: string | null = null;
    let stream = await openSse(url, { cookie });
    expect((await stream.next()).retry).toBe(2000);
    const take = async () => {
      const message = await stream.next();
      last = message.id;
      received.push((JSON.parse(message.data) as { kind: string }).kind);
    };
    const reconnect = async () => {
      stream.close();
      stream = await openSse(url, { cookie, ...(last ? { 'last-event-id': last } : {}) });
      expect((await stream.next()).retry).toBe(2000);
    };

    /** Reads until the event of this kind has arrived (a marker committed last: no waiting for absence). */
    const takeUntil = async (kind: string) => {
      do await take();
      while (received.at(-1) !== kind);
    };

    try {
      // Six writers hold ids w0 < … < w5 and commit in another order: some while the client listens
      // (then it reconnects with the id of the last one it heard), some while it is away.
      const w: Awaited<ReturnType<typeof writer>>[] = [];
      for (let i = 0; i < 6; i++) w.push(await writer(`w${i}`));
      expect(w.map((x) => x.id)).toEqual([...w.map((x) => x.id)].sort((a, b) => a - b));
      const liveThenReconnect = async (first: number, second: number) => {
        await w[first]!.commit();
        await w[second]!.commit();
        await take();
        await take();
        await reconnect();
      };
      const whileAway = async (i: number, marker: string) => {
        stream.close();
        await w[i]!.commit();
        await reconnect();
        await commit(org.id, channel, marker);
        await takeUntil(marker);
      };
      await liveThenReconnect(3, 1);
      await whileAway(0, 'm1');
      await liveThenReconnect(5, 2);
      await whileAway(4, 'm2');
      await commit(org.id, channel, 'end');
      await takeUntil('end');
      expect(received).toEqual(['w3', 'w1', 'w0', 'm1', 'w5', 'w2', 'w4', 'm2', 'end']);
    } finally {
      stream.close();
    }
  });

  it('refuses strangers, listeners and half-allowed requests; streams for the lead with replay', async () => {
    const org = await makeOrg();
    const trajectory = await makeTrajectory(org.id);
    const lead = await makeMember(org.id, 'member');
    await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
    const listener = await makeMember(org.id, 'admin');
    await giveRole(org.id, trajectory.id, listener.user.id, 'listener');
    const outsiderOrg = await makeOrg();
    const outsider = await makeMember(outsiderOrg.id, 'admin');
    const consoleChannel = channelFor(trajectory.id, 'console');
    const url = (channels: string) => `${base}/events?channels=${encodeURIComponent(channels)}`;

    expect((await openSse(url(consoleChannel))).status).toBe(401);
    const leadCookie = await cookieFor(lead.user.id);
    expect((await openSse(url(consoleChannel), { cookie: await cookieFor(listener.user.id) })).status).toBe(403);
    expect((await openSse(url(channelFor(trajectory.id, 'minutes')), { cookie: await cookieFor(listener.user.id) })).status).toBe(403);
    expect((await openSse(url(consoleChannel), { cookie: await cookieFor(outsider.user.id) })).status).toBe(403);
    const foreign = await makeTrajectory(outsiderOrg.id);
    expect((await openSse(url(`${consoleChannel},${channelFor(foreign.id, 'console')}`), { cookie: leadCookie })).status).toBe(403);
    expect((await openSse(url('nonsense'), { cookie: leadCookie })).status).toBe(400);

    const first = await commit(org.id, consoleChannel, 'before');
    const missed = await commit(org.id, consoleChannel, 'missed');
    const stream = await openSse(url(consoleChannel), { cookie: leadCookie, 'last-event-id': String(first) });
    try {
      expect(stream.status).toBe(200);
      expect(stream.headers.get('content-type')).toMatch(/^text\/event-stream/);
      expect(stream.headers.get('cache-control')).toBe('no-cache, no-transform');
      expect(stream.headers.get('x-accel-buffering')).toBe('no');
      expect((await stream.next()).retry).toBe(2000);
      // Last-Event-ID as a bare event id (a page from before stream positions) still replays.
      const replayed = await stream.next();
      expect(replayed).toMatchObject({ id: expect.stringMatching(/^t\d+/), event: 'message' });
      expect(JSON.parse(replayed.data)).toEqual({ id: missed, channel: consoleChannel, kind: 'missed', payload: {} });

      const started = performance.now();
      const live = await commit(org.id, consoleChannel, 'live', { n: 1 });
      const message = await stream.next();
      recordDelay('in-process publish → SSE client over HTTP', performance.now() - started);
      expect(JSON.parse(message.data)).toEqual({ id: live, channel: consoleChannel, kind: 'live', payload: { n: 1 } });
    } finally {
      stream.close();
    }
  });

  describe('a stream lives with its session (issue 13, item 11)', () => {
    afterEach(() => vi.useRealTimers());

    /** A lead of a fresh trajectory, signed in twice (two devices), and the console's stream URL. */
    async function leadWithTwoSessions() {
      const org = await makeOrg();
      const trajectory = await makeTrajectory(org.id);
      const lead = await makeMember(org.id, 'member');
      await giveRole(org.id, trajectory.id, lead.user.id, 'lead');
      const channel = channelFor(trajectory.id, 'console');
      return {
        org,
        channel,
        url: `${base}/events?channels=${encodeURIComponent(channel)}`,
        lead,
        first: await cookieFor(lead.user.id),
        second: await cookieFor(lead.user.id),
      };
    }

    /** Rejects when the stream stays open: a guard against a hang, not a speed check. */
    const endedWithin = (stream: { ended: Promise<void> }, what: string) =>
      Promise.race([stream.ended, new Promise((_, reject) => setTimeout(() => reject(new Error(`${what}: the stream stayed open`)), 10_000))]);

    it('signing out closes that session’s open streams, on every instance (by NOTIFY), and no other session’s', async () => {
      const { org, channel, url, first, second } = await leadWithTwoSessions();
      const mine = await openSse(url, { cookie: first });
      const other = await openSse(url, { cookie: second });
      try {
        expect(mine.status).toBe(200);
        expect((await mine.next()).retry).toBe(2000);
        expect((await other.next()).retry).toBe(2000);
        await destroySession(new Request('http://localhost/', { headers: { cookie: first } }));
        await endedWithin(mine, 'signed out');
        // The other device's stream is still open and still receives.
        const id = await commit(org.id, channel, 'still-here');
        expect((JSON.parse((await other.next()).data) as { id: number }).id).toBe(id);
        // And a new stream with the ended session is refused.
        expect((await openSse(url, { cookie: first })).status).toBe(401);
      } finally {
        mine.close();
        other.close();
      }
    });

    it('“sign out everywhere else” closes the other devices’ streams', async () => {
      const { url, lead, first, second } = await leadWithTwoSessions();
      const other = await openSse(url, { cookie: second });
      try {
        expect((await other.next()).retry).toBe(2000);
        const me = await getSessionUser(new Request('http://localhost/', { headers: { cookie: first } }));
        await endOtherSessions({ userId: lead.user.id, keepSessionId: me!.sessionId });
        await endedWithin(other, 'ended elsewhere');
      } finally {
        other.close();
      }
    });

    it('an open stream counts as activity: it refreshes the session’s last-seen once a minute, and ends when the session runs out', async () => {
      const { url, first } = await leadWithTwoSessions();
      const request = new Request('http://localhost/', { headers: { cookie: first } });
      const { sessionId } = (await getSessionUser(request))!;
      const lastSeen = async () => (await (await db()).select().from(sessions).where(eq(sessions.id, sessionId)))[0]!.lastSeenAt.getTime();
      // Only the stream's intervals run on a fake clock; the database, sockets and timeouts are real.
      vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
      const stream = await openSse(url, { cookie: first });
      try {
        expect((await stream.next()).retry).toBe(2000);
        const quietSince = new Date(Date.now() - 29 * 60 * 1000);
        await (await db()).update(sessions).set({ lastSeenAt: quietSince }).where(eq(sessions.id, sessionId));
        // Less than a minute on: no write yet (not one per event or ping).
        vi.advanceTimersByTime(TOUCH_MS - 1000);
        expect(await lastSeen()).toBe(quietSince.getTime());
        vi.advanceTimersByTime(1000);
        await expect.poll(lastSeen, { timeout: 10_000 }).toBeGreaterThan(quietSince.getTime());
        expect((await getSessionUser(request))?.sessionId).toBe(sessionId);

        // Twelve hours after signing in, the next refresh finds the session over its limit and ends the stream.
        await (
          await db()
        )
          .update(sessions)
          .set({ createdAt: new Date(Date.now() - 12 * 60 * 60 * 1000 - 60 * 1000) })
          .where(eq(sessions.id, sessionId));
        vi.advanceTimersByTime(TOUCH_MS);
        await endedWithin(stream, 'past the absolute limit');
      } finally {
        stream.close();
      }
    });
  });
});
