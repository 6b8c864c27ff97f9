// The per-process hub: one LISTEN per app instance (PostgreSQL: a dedicated connection; PGlite:
// its own listen API), fanning each committed event out to this instance's SSE streams. The
// NOTIFY carries the event itself; only a large one comes as channel and id, read from the table.
import { and, asc, eq, gt, gte, inArray, sql } from 'drizzle-orm';
import { type Handle, initDb } from '#app/db/client.server';
import { events } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { horizonSql, NOTIFY_CHANNEL } from './publish.server';
import { type LiveEvent, mergeReplay, RecentIds, type ReplayFrom, StreamPosition } from './stream';

type Subscriber = { deliver: (event: LiveEvent) => void };

const byChannel = new Map<string, Set<Subscriber>>();
// Open streams per session id: a NOTIFY that the session ended closes them (on every instance).
const bySession = new Map<string, Set<() => void>>();
let listening: { handle: Handle; ready: Promise<() => Promise<void>> } | null = null;
// Every event of a transaction older than this was heard (or existed when we began listening):
// after a dropped LISTEN connection we catch up from here. Not an id: ids do not follow commit order.
let heardHorizon = 0;
let delivering: Promise<void> = Promise.resolve();
// Events queued behind a read: while any are, later events queue too, to keep the order.
let reading = 0;

const columns = { id: events.id, channel: events.channel, kind: events.kind, payload: events.payload, txId: events.txId };

function dispatch(event: LiveEvent) {
  if (event.horizon !== undefined) heardHorizon = Math.max(heardHorizon, event.horizon);
  for (const subscriber of byChannel.get(event.channel) ?? []) {
    try {
      subscriber.deliver(event);
    } catch (error) {
      console.error('realtime: delivery failed', error);
    }
  }
}

type Notice = { channel?: unknown; id?: unknown; kind?: unknown; payload?: unknown; tx?: unknown; horizon?: unknown; sessionEnded?: unknown };

const numberOrUndefined = (value: unknown) => (typeof value === 'number' ? value : undefined);

function sessionEnded(sessionId: string) {
  const watchers = bySession.get(sessionId);
  bySession.delete(sessionId);
  for (const end of watchers ?? []) {
    try {
      end();
    } catch (error) {
      console.error('realtime: closing a stream failed', error);
    }
  }
}

/** Calls `onEnd` once when the session is ended anywhere (sign-out on any instance); returns the unwatch function. */
export async function watchSession(sessionId: string, onEnd: () => void): Promise<() => void> {
  await ensureListening();
  let set = bySession.get(sessionId);
  if (!set) bySession.set(sessionId, (set = new Set()));
  set.add(onEnd);
  return () => {
    const current = bySession.get(sessionId);
    current?.delete(onEnd);
    if (current?.size === 0) bySession.delete(sessionId);
  };
}

function parseNotice(payload: string): Notice | null {
  try {
    return JSON.parse(payload) as Notice;
  } catch {
    return null;
  }
}

/** The event when the NOTIFY carried all of it, so no read is needed. */
function wholeEvent(note: Notice): LiveEvent | null {
  const { id, channel, kind, payload } = note;
  if (typeof id !== 'number' || typeof channel !== 'string' || typeof kind !== 'string') return null;
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return null;
  return { id, channel, kind, payload: payload as Record<string, unknown>, txId: numberOrUndefined(note.tx), horizon: numberOrUndefined(note.horizon) };
}

async function onNotify(note: Notice) {
  if (typeof note.id !== 'number' || typeof note.channel !== 'string') return;
  const horizon = numberOrUndefined(note.horizon);
  if (horizon !== undefined) heardHorizon = Math.max(heardHorizon, horizon);
  if (!byChannel.get(note.channel)?.size) return;
  // Looked up by the id from our own NOTIFY; authorisation happened when the stream was opened.
  const database = (await initDb()).db;
  const [row] = await database.select(columns).from(events).where(eq(events.id, note.id)).limit(1);
  if (row) dispatch({ ...row, horizon });
}

/** After reconnecting, send what was committed while the LISTEN connection was down. */
async function catchUp() {
  const channels = [...byChannel.keys()].filter((channel) => byChannel.get(channel)?.size);
  if (channels.length === 0) return;
  const database = (await initDb()).db;
  // Not scoped by organisation: each stream only receives the channels it was authorised for. Some
  // of these were heard already: each stream sends an id once.
  const rows = await database
    .select(columns)
    .from(events)
    .where(and(inArray(events.channel, channels), gte(events.txId, heardHorizon)))
    .orderBy(asc(events.id));
  rows.forEach(dispatch);
}

/** The oldest transaction running now: every event of an older one is committed (or never will be). */
async function currentHorizon(): Promise<number> {
  const database = (await initDb()).db;
  const result = await database.execute<{ horizon: string | number }>(sql`select ${horizonSql} as horizon`);
  // node-postgres and PGlite both answer with { rows }.
  return Number((result as unknown as { rows: { horizon: string | number }[] }).rows[0]!.horizon);
}

/** Starts listening on the current database handle (again after closeDb() opened a new one). */
async function ensureListening(): Promise<void> {
  const handle = await initDb();
  if (listening?.handle !== handle) {
    const ready = handle.listen(
      NOTIFY_CHANNEL,
      // In the order the commits were announced: an event that must be read holds back those after it.
      (payload) => {
        const note = parseNotice(payload);
        if (!note) return;
        if (typeof note.sessionEnded === 'string') return sessionEnded(note.sessionEnded);
        const event = wholeEvent(note);
        if (event && !reading) return dispatch(event);
        reading++;
        delivering = delivering
          .then(() => (event ? dispatch(event) : onNotify(note)))
          .catch((error: unknown) => console.error('realtime: cannot load event', error))
          .finally(() => reading--);
      },
      // Queued like a read, so live events heard after the reconnect wait for what was missed.
      () => {
        reading++;
        delivering = delivering
          .then(catchUp)
          .catch((error: unknown) => console.error('realtime: catch-up failed', error))
          .finally(() => reading--);
      },
    );
    listening = { handle, ready };
    ready
      .then(
        // Catching up after a reconnect starts from what was committed when we began.
        async () => {
          heardHorizon = Math.max(heardHorizon, await currentHorizon());
        },
        () => {
          if (listening?.ready === ready) listening = null;
        },
      )
      .catch((error: unknown) => console.error('realtime: cannot read the transaction horizon', error));
  }
  await listening.ready;
}

/** Subscribes to live events on the given channels; returns the unsubscribe function. */
export async function subscribe(channels: readonly string[], deliver: (event: LiveEvent) => void): Promise<() => void> {
  await ensureListening();
  const subscriber: Subscriber = { deliver };
  for (const channel of channels) {
    let set = byChannel.get(channel);
    if (!set) byChannel.set(channel, (set = new Set()));
    set.add(subscriber);
  }
  return () => {
    for (const channel of channels) {
      const set = byChannel.get(channel);
      set?.delete(subscriber);
      if (set?.size === 0) byChannel.delete(channel);
    }
  };
}

/**
 * Events on channels of one organisation that a client at `from` may lack, oldest first: after a
 * position, every event of its horizon's transaction or a later one (the caller leaves out those the
 * position names); after a bare id (a client from before positions), the events with a higher id.
 */
export async function eventsSince({ orgId, channels, from }: { orgId: string; channels: readonly string[]; from: ReplayFrom }): Promise<LiveEvent[]> {
  if (channels.length === 0) return [];
  const database = (await initDb()).db;
  const after = 'position' in from ? gte(events.txId, from.position.horizon) : gt(events.id, from.afterId);
  return database
    .select(columns)
    .from(events)
    .where(inOrg(events, orgId, inArray(events.channel, [...channels]), after))
    .orderBy(asc(events.id));
}

export type AuthorisedChannel = { channel: string; orgId: string };

/**
 * Opens one stream over several channels. With `lastEventId`, first subscribes (buffering live
 * events), then replays what was missed, then flushes the buffer: no gap and no duplicate. Each
 * event is sent with the stream's position after it, for the client's next Last-Event-ID.
 */
export async function openStream({
  channels,
  lastEventId,
  send,
  onSubscribed,
}: {
  channels: readonly AuthorisedChannel[];
  lastEventId: ReplayFrom | null;
  send: (event: LiveEvent, position: string) => void;
  /** Called once live events are being received, before any replay: the moment to start the response. */
  onSubscribed?: () => void;
}): Promise<() => void> {
  const sent = new RecentIds();
  let position: StreamPosition | null = null;
  const emit = (event: LiveEvent) => {
    if (!sent.add(event.id)) return;
    position!.add(event);
    send(event, position!.toString());
  };
  let buffer: LiveEvent[] | null = [];
  const unsubscribe = await subscribe(
    channels.map((c) => c.channel),
    (event) => (buffer ? buffer.push(event) : emit(event)),
  );
  onSubscribed?.();
  let pending: LiveEvent[];
  try {
    // Read after subscribing: what committed before is in the table (replayed), the rest arrives live.
    const horizon = await currentHorizon();
    if (lastEventId === null) {
      position = new StreamPosition(horizon);
      pending = buffer;
    } else {
      const orgIds = [...new Set(channels.map((c) => c.orgId))];
      const rows = (
        await Promise.all(
          orgIds.map((orgId) => eventsSince({ orgId, channels: channels.filter((c) => c.orgId === orgId).map((c) => c.channel), from: lastEventId })),
        )
      ).flat();
      const had = new Set('position' in lastEventId ? lastEventId.position.ids : []);
      position = new StreamPosition('position' in lastEventId ? Math.max(lastEventId.position.horizon, horizon) : horizon);
      for (const row of rows) if (had.has(row.id)) position.add(row);
      pending = mergeReplay(
        rows.filter((row) => !had.has(row.id)),
        buffer,
      );
    }
  } catch (error) {
    unsubscribe();
    throw error;
  }
  buffer = null;
  pending.forEach(emit);
  return unsubscribe;
}

/** Stops listening (tests; closeDb() also ends the LISTEN connection). */
export async function stopHub(): Promise<void> {
  const current = listening;
  listening = null;
  byChannel.clear();
  bySession.clear();
  const stop = await current?.ready.catch(() => null);
  await stop?.();
}
