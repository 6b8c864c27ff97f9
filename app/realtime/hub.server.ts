// The per-process hub: one LISTEN per app instance (PostgreSQL: a dedicated connection; PGlite:
// its own listen API), fanning each committed event out to this instance's SSE streams. The
// NOTIFY carries the event itself; only a large one comes as channel and id, read from the table.
import { and, asc, eq, gt, inArray, max } from 'drizzle-orm';
import { type Handle, initDb } from '#app/db/client.server';
import { events } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { NOTIFY_CHANNEL } from './publish.server';
import { type LiveEvent, mergeReplay, RecentIds } from './stream';

type Subscriber = { deliver: (event: LiveEvent) => void };

const byChannel = new Map<string, Set<Subscriber>>();
// Open streams per session id: a NOTIFY that the session ended closes them (on every instance).
const bySession = new Map<string, Set<() => void>>();
let listening: { handle: Handle; ready: Promise<() => Promise<void>> } | null = null;
// The highest id this instance has heard of: after a dropped LISTEN connection we catch up from here.
let lastHeardId = 0;
let delivering: Promise<void> = Promise.resolve();
// Events queued behind a read: while any are, later events queue too, to keep the order.
let reading = 0;

const columns = { id: events.id, channel: events.channel, kind: events.kind, payload: events.payload };

function dispatch(event: LiveEvent) {
  lastHeardId = Math.max(lastHeardId, event.id);
  for (const subscriber of byChannel.get(event.channel) ?? []) {
    try {
      subscriber.deliver(event);
    } catch (error) {
      console.error('realtime: delivery failed', error);
    }
  }
}

type Notice = { channel?: unknown; id?: unknown; kind?: unknown; payload?: unknown; sessionEnded?: unknown };

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
  return { id, channel, kind, payload: payload as Record<string, unknown> };
}

async function onNotify(note: Notice) {
  if (typeof note.id !== 'number' || typeof note.channel !== 'string') return;
  lastHeardId = Math.max(lastHeardId, note.id);
  if (!byChannel.get(note.channel)?.size) return;
  // Looked up by the id from our own NOTIFY; authorisation happened when the stream was opened.
  const database = (await initDb()).db;
  const [row] = await database.select(columns).from(events).where(eq(events.id, note.id)).limit(1);
  if (row) dispatch(row);
}

/** After reconnecting, send what was committed while the LISTEN connection was down. */
async function catchUp() {
  const channels = [...byChannel.keys()].filter((channel) => byChannel.get(channel)?.size);
  if (channels.length === 0) return;
  const database = (await initDb()).db;
  // Not scoped by organisation: each stream only receives the channels it was authorised for.
  const rows = await database
    .select(columns)
    .from(events)
    .where(and(inArray(events.channel, channels), gt(events.id, lastHeardId)))
    .orderBy(asc(events.id));
  rows.forEach(dispatch);
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
      () => void catchUp().catch((error: unknown) => console.error('realtime: catch-up failed', error)),
    );
    listening = { handle, ready };
    ready
      .then(
        // Catching up after a reconnect starts from the newest event that existed when we began.
        async () => {
          const [row] = await handle.db.select({ id: max(events.id) }).from(events);
          lastHeardId = Math.max(lastHeardId, row?.id ?? 0);
        },
        () => {
          if (listening?.ready === ready) listening = null;
        },
      )
      .catch((error: unknown) => console.error('realtime: cannot read the newest event id', error));
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

/** Events after `afterId` on channels of one organisation, oldest first. */
export async function eventsSince({ orgId, channels, afterId }: { orgId: string; channels: readonly string[]; afterId: number }): Promise<LiveEvent[]> {
  if (channels.length === 0) return [];
  const database = (await initDb()).db;
  return database
    .select(columns)
    .from(events)
    .where(inOrg(events, orgId, inArray(events.channel, [...channels]), gt(events.id, afterId)))
    .orderBy(asc(events.id));
}

export type AuthorisedChannel = { channel: string; orgId: string };

/**
 * Opens one stream over several channels. With `lastEventId`, first subscribes (buffering live
 * events), then replays what was missed, then flushes the buffer: no gap and no duplicate.
 */
export async function openStream({
  channels,
  lastEventId,
  send,
  onSubscribed,
}: {
  channels: readonly AuthorisedChannel[];
  lastEventId: number | null;
  send: (event: LiveEvent) => void;
  /** Called once live events are being received, before any replay: the moment to start the response. */
  onSubscribed?: () => void;
}): Promise<() => void> {
  const sent = new RecentIds();
  const emit = (event: LiveEvent) => {
    if (sent.add(event.id)) send(event);
  };
  let buffer: LiveEvent[] | null = lastEventId === null ? null : [];
  const unsubscribe = await subscribe(
    channels.map((c) => c.channel),
    (event) => (buffer ? buffer.push(event) : emit(event)),
  );
  onSubscribed?.();
  if (buffer && lastEventId !== null) {
    try {
      const orgIds = [...new Set(channels.map((c) => c.orgId))];
      const replayed = (
        await Promise.all(
          orgIds.map((orgId) => eventsSince({ orgId, channels: channels.filter((c) => c.orgId === orgId).map((c) => c.channel), afterId: lastEventId })),
        )
      ).flat();
      mergeReplay(replayed, buffer).forEach(emit);
    } catch (error) {
      unsubscribe();
      throw error;
    }
    buffer = null;
  }
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
