// The board under failure: the server is killed with SIGKILL in the middle of voting and started
// again on the same PostgreSQL database; every vote that was answered 200 must be there and no one
// may be over budget. And a phone whose stream drops gets every board event it missed on reconnect.
import { createHash, randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../scripts/fresh-database.mjs';
import { openSse, type SseMessage, type SseStream } from '../sse-reader';
import { baseUrl, freshOrg } from './fixtures';
import { client, type HttpClient, signInHttp } from './http';
import { type RunningServer, startServer } from './server';

// The crash test starts its own server with the demo seeded; the reconnect test gets a fresh organisation.
const COORDINATOR = 'coordinator@demo.spiegel.local';
const PHONES = 10;
const IDEAS = 6;
// Waits for an SSE message: generous, so a loaded machine is slow, not failing.
const SSE_WAIT = 15_000;

/** A new trajectory through the normal form, with its board opened; returns the facilitator page's path. */
async function openNewBoard(coordinator: HttpClient, orgSlug: string, title: string): Promise<{ tid: string; path: string }> {
  const created = await coordinator.post(`/o/${orgSlug}/t/new`, { title, variant: 'coalition', theme: '' });
  const tid = /\/t\/([0-9a-f-]{36})/.exec(created.headers.get('location') ?? '')?.[1];
  if (!tid) throw new Error(`new trajectory: ${created.status}`);
  const path = `/o/${orgSlug}/t/${tid}/board`;
  await facilitate(coordinator, path, { intent: 'open' });
  return { tid, path };
}

async function facilitate(coordinator: HttpClient, path: string, form: Record<string, string>) {
  const res = await coordinator.post(`${path}.data`, form);
  await res.body?.cancel();
  if (res.status >= 400) throw new Error(`facilitator ${form.intent}: ${res.status}`);
}

/** A phone joins with the join form and keeps its device cookie. */
async function joinPhone(base: string, code: string, name: string): Promise<HttpClient & { deviceToken: string }> {
  const res = await client(base).post(`/p/board/${code}`, { intent: 'join', displayName: name });
  await res.body?.cancel();
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0]!)
    .find((c) => c.startsWith('spiegel_device='));
  if (!cookie) throw new Error(`join: ${res.status} without a device cookie`);
  return Object.assign(client(base, cookie), { deviceToken: cookie.slice('spiegel_device='.length) });
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('board: SIGKILL during voting on PostgreSQL (needs TEST_DATABASE_URL)', () => {
  const adminUrl = process.env.TEST_DATABASE_URL!;
  let database: Awaited<ReturnType<typeof freshDatabase>> | undefined;
  let url = '';
  let server: RunningServer | undefined;
  let sql: pg.Client | undefined;

  beforeAll(async () => {
    database = await freshDatabase(adminUrl, `spiegel_crash_${process.pid}`);
    url = database.url;
  });

  afterAll(async () => {
    await sql?.end();
    await server?.stop();
    await database?.drop();
  });

  it('keeps every acknowledged vote and every budget across a SIGKILL and a restart', async () => {
    const env = { DATABASE_URL: url, DATA_DIR: '', SEED_DEMO: 'true', RATE_LIMIT_BOARD: '100000' };
    server = await startServer(env);
    sql = new pg.Client({ connectionString: url });
    await sql.connect();
    const coordinator = await signInHttp(server.baseUrl, COORDINATOR);
    const { tid, path } = await openNewBoard(coordinator, 'demostad', `Crashtest ${Date.now().toString(36)}`);
    const [board] = (await sql.query<{ id: string; join_code: string }>('select id, join_code from boards where trajectory_id = $1', [tid])).rows;
    expect(board).toBeDefined();
    const { id: boardId, join_code: code } = board!;

    const phones = await Promise.all(Array.from({ length: PHONES }, (_, i) => joinPhone(server!.baseUrl, code, `Telefoon ${i + 1}`)));
    await facilitate(coordinator, path, { intent: 'phase', phase: 'heard' });
    await facilitate(coordinator, path, { intent: 'theme-create', name: 'Samen beter' });
    const [theme] = (await sql.query<{ id: string }>('select id from board_themes where board_id = $1', [boardId])).rows;
    await facilitate(coordinator, path, { intent: 'phase', phase: 'ideas' });
    for (let i = 0; i < IDEAS; i++)
      await facilitate(coordinator, path, { intent: 'idea', themeId: theme!.id, text: `Idee ${i + 1}`, key: `crash-idea-${randomUUID()}` });
    await facilitate(coordinator, path, { intent: 'reveal', revealed: '1' });
    await facilitate(coordinator, path, { intent: 'phase', phase: 'vote' });
    const ideaIds = (await sql.query<{ id: string }>('select id from board_ideas where board_id = $1 order by created_at', [boardId])).rows.map((r) => r.id);
    expect(ideaIds).toHaveLength(IDEAS);

    // Every phone votes without pause, one request at a time (like a phone), until the server is gone.
    type Attempt = { ideaId: string; dots: number; outcome: number | 'no answer' };
    const attempts: Attempt[][] = phones.map(() => []);
    let acknowledged = 0;
    let stopped = 0;
    const voting = phones.map(async (phone, p) => {
      for (;;) {
        const attempt: Attempt = { ideaId: ideaIds[Math.floor(Math.random() * IDEAS)]!, dots: Math.floor(Math.random() * 4), outcome: 'no answer' };
        attempts[p]!.push(attempt);
        try {
          const res = await fetch(new URL(`/p/board/${code}.data`, phone.baseUrl), {
            method: 'POST',
            body: new URLSearchParams({ intent: 'vote', ideaId: attempt.ideaId, criterion: '', dots: String(attempt.dots), key: `v-${randomUUID()}` }),
            headers: { cookie: phone.cookie, origin: phone.baseUrl },
            signal: AbortSignal.timeout(15_000),
          });
          await res.body?.cancel();
          attempt.outcome = res.status;
          if (res.status === 200) acknowledged++;
          else if (res.status !== 409) throw new Error(`vote: unexpected ${res.status}`);
        } catch (error) {
          stopped++;
          if (attempt.outcome === 'no answer') return;
          throw error;
        }
      }
    });
    // Kill once 80 votes are in; a slow machine gets there later (the deadline only keeps the test finite).
    const started = Date.now();
    const deadline = started + 90_000;
    while (acknowledged < 80 && stopped === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    console.info(`board crash: ${acknowledged} votes acknowledged in ${Date.now() - started} ms before the kill`);
    expect(stopped, 'no phone stopped voting before the kill').toBe(0);
    expect(acknowledged).toBeGreaterThan(0);
    await server.kill('SIGKILL');
    await Promise.all(voting);
    // The kill came while votes were on their way: some requests never got an answer.
    const unanswered = attempts.filter((list) => list.at(-1)?.outcome === 'no answer').length;
    expect(unanswered).toBeGreaterThan(0);

    server = await startServer(env);

    const memberOf = new Map(
      (await sql.query<{ id: string; device_hash: string }>('select id, device_hash from board_members where board_id = $1', [boardId])).rows.map((r) => [
        r.device_hash,
        r.id,
      ]),
    );
    const votes = (
      await sql.query<{ member_id: string; idea_id: string; dots: number }>(
        `select member_id, idea_id, dots from board_votes where board_id = $1 and criterion = ''`,
        [boardId],
      )
    ).rows;
    let checked = 0;
    phones.forEach((phone, p) => {
      const memberId = memberOf.get(createHash('sha256').update(phone.deviceToken).digest('base64url'));
      expect(memberId).toBeDefined();
      const last = attempts[p]!.at(-1)!;
      for (const ideaId of ideaIds) {
        const stored = votes.find((v) => v.member_id === memberId && v.idea_id === ideaId)?.dots ?? 0;
        const acked = attempts[p]!.filter((a) => a.ideaId === ideaId && a.outcome === 200).at(-1)?.dots ?? 0;
        // The one request without an answer may or may not have been committed; nothing else may differ.
        const inFlight = last.outcome === 'no answer' && last.ideaId === ideaId ? [last.dots] : [];
        expect([acked, ...inFlight], `phone ${p + 1}, idea ${ideaIds.indexOf(ideaId) + 1}`).toContain(stored);
        checked++;
      }
    });
    expect(checked).toBe(PHONES * IDEAS);

    // Budgets: the counter matches the votes, and no one is over five dots.
    const budgets = (
      await sql.query<{ member_id: string; used: number; budget: number; voted: number }>(
        `select d.member_id, d.used, d.budget, coalesce((select sum(v.dots) from board_votes v where v.member_id = d.member_id and v.criterion = d.criterion), 0)::int as voted
         from board_dots d join board_members m on m.id = d.member_id where m.board_id = $1`,
        [boardId],
      )
    ).rows;
    expect(budgets.length).toBeGreaterThan(0);
    for (const row of budgets) {
      expect(row.used).toBe(row.voted);
      expect(row.used).toBeLessThanOrEqual(row.budget);
      expect(row.budget).toBe(5);
    }
    const perMember = (await sql.query<{ total: number }>('select sum(dots)::int as total from board_votes where board_id = $1 group by member_id', [boardId]))
      .rows;
    for (const { total } of perMember) expect(total).toBeLessThanOrEqual(5);

    // The restarted server carries on: the same phone votes again, with the same device cookie.
    const again = await fetch(new URL(`/p/board/${code}.data`, server.baseUrl), {
      method: 'POST',
      body: new URLSearchParams({ intent: 'vote', ideaId: ideaIds[0]!, criterion: '', dots: '0', key: `v-${randomUUID()}` }),
      headers: { cookie: phones[0]!.cookie, origin: server.baseUrl },
    });
    await again.body?.cancel();
    expect(again.status).toBe(200);
  });
});

describe('board: a phone that reconnects gets every event it missed', () => {
  const streams: SseStream[] = [];
  afterAll(() => streams.forEach((s) => s.close()));

  it('replays the missed board events after Last-Event-ID, in order, then live ones', async () => {
    const org = await freshOrg();
    const coordinator = await signInHttp(baseUrl(), org.people.coordinator.email);
    const { path } = await openNewBoard(coordinator, org.slug, `Herverbinden ${Date.now().toString(36)}`);
    const page = await (await coordinator.get(path)).text();
    const code = /data-testid="join-code"[^>]*>(?:\s*<[^>]+>)*\s*([A-Z0-9]{6})/.exec(page)?.[1];
    const channel = /board:[0-9a-f-]{36}/.exec(page)?.[0];
    expect(code).toBeDefined();
    expect(channel).toBeDefined();
    await facilitate(coordinator, path, { intent: 'phase', phase: 'heard' });
    const phone = await joinPhone(baseUrl(), code!, 'Telefoon');
    const writer = await joinPhone(baseUrl(), code!, 'Schrijver');
    const note = async (key: string) => {
      const res = await writer.post(`/p/board/${code}.data`, { intent: 'note', column: 'goes_well', text: `Notitie ${key}`, key });
      await res.body?.cancel();
      expect(res.status).toBe(200);
    };
    const keyOf = (data: string) => (JSON.parse(data) as { payload: { key?: string } }).payload.key;
    const url = `${baseUrl()}/events?channels=${encodeURIComponent(channel!)}`;

    const first = await openSse(url, { cookie: phone.cookie });
    streams.push(first);
    expect(first.status).toBe(200);
    expect((await first.next(SSE_WAIT)).retry).toBe(2000);
    const stamp = randomUUID().slice(0, 8);
    await note(`seen-${stamp}`);
    const seen = await first.next(SSE_WAIT);
    expect(keyOf(seen.data)).toBe(`seen-${stamp}`);
    first.close();

    // While the phone is away (a tunnel, a locked screen): three notes and a phase change.
    const missed = [`a-${stamp}`, `b-${stamp}`, `c-${stamp}`];
    for (const key of missed) await note(key);
    await facilitate(coordinator, path, { intent: 'phase', phase: 'themes' });

    const again = await openSse(url, { cookie: phone.cookie, 'last-event-id': seen.id! });
    streams.push(again);
    expect(again.status).toBe(200);
    expect((await again.next(SSE_WAIT)).retry).toBe(2000);
    const replayed = [await again.next(SSE_WAIT), await again.next(SSE_WAIT), await again.next(SSE_WAIT), await again.next(SSE_WAIT)];
    expect(replayed.map((m) => keyOf(m.data))).toEqual([...missed, undefined]);
    expect(replayed.map((m) => (JSON.parse(m.data) as { kind: string }).kind)).toEqual(['note', 'note', 'note', 'phase']);
    // The SSE id is the stream's position (sent back as Last-Event-ID); the event's id is in the data.
    const eventId = (m: SseMessage) => (JSON.parse(m.data) as { id: number }).id;
    const ids = replayed.map(eventId);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids[0]).toBeGreaterThan(eventId(seen));

    // Then live events on the same stream, and nothing twice.
    await note(`live-${stamp}`);
    expect(keyOf((await again.next(SSE_WAIT)).data)).toBe(`live-${stamp}`);
    const all = [seen, ...replayed].map(eventId);
    expect(new Set(all).size).toBe(all.length);
  });
});
