// Pure parts of the SSE stream: parsing the request, merging replayed and live events without
// gaps or duplicates, and the wire format. No database, no sockets: unit-tested on their own.
import { parseChannel } from './channels';

/**
 * `txId`: the writing transaction (from the table or the NOTIFY). `horizon`: the oldest transaction
 * still running when it was written, when known (a NOTIFY carries it; a row read later does not).
 */
export type LiveEvent = { id: number; channel: string; kind: string; payload: Record<string, unknown>; txId?: number; horizon?: number };

/** A page listens to a handful of channels; more is a mistake or abuse. */
export const MAX_CHANNELS = 8;

/** `a,b,c` → unique, well-formed channel names, or null when anything is off. */
export function parseChannelList(value: string | null | undefined): string[] | null {
  if (!value) return null;
  const names = [...new Set(value.split(',').map((name) => name.trim()))];
  if (names.length === 0 || names.length > MAX_CHANNELS) return null;
  return names.every((name) => parseChannel(name) !== null) ? names : null;
}

/** What a reconnecting client says it has: a position we sent (see StreamPosition), or a bare event id from before positions. */
export type ReplayFrom = { position: { horizon: number; ids: number[] } } | { afterId: number };

/** The most event ids a position names; past it the oldest are forgotten (then resent once: a duplicate, never a gap). */
export const MAX_POSITION_IDS = 100;

/** The Last-Event-ID header (or query parameter); anything unreadable means "no replay". */
export function parseLastEventId(value: string | string[] | null | undefined): ReplayFrom | null {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return null;
  if (/^\d{1,15}$/.test(raw)) return { afterId: Number(raw) };
  const match = /^t(\d{1,15})((?:\.\d{1,15})*)$/.exec(raw);
  if (!match) return null;
  const ids = match[2] ? match[2].slice(1).split('.').map(Number) : [];
  return ids.length > MAX_POSITION_IDS ? null : { position: { horizon: Number(match[1]), ids } };
}

/**
 * Where one stream is, sent as each event's SSE id: the client has every event (on its channels) of
 * a transaction older than `horizon`, plus the listed ones. Ids alone cannot say this: they are handed
 * out at insert, so a lower id may commit after a higher one was sent. An event written while no older
 * transaction ran moves the horizon up, so the list stays short.
 */
export class StreamPosition {
  private above = new Map<number, number | undefined>();
  constructor(private horizon: number) {}

  /** Records an event the client has (sent now, or named in its position). */
  add(event: Pick<LiveEvent, 'id' | 'txId' | 'horizon'>) {
    // NOTIFYs come in commit order: those of every transaction older than the event's horizon came first.
    if (event.horizon !== undefined && event.horizon > this.horizon) {
      this.horizon = event.horizon;
      for (const [id, txId] of this.above) if (txId !== undefined && txId < this.horizon) this.above.delete(id);
    }
    if (event.txId === undefined || event.txId >= this.horizon) this.above.set(event.id, event.txId);
    if (this.above.size > MAX_POSITION_IDS) this.above.delete(this.above.keys().next().value!);
  }

  toString(): string {
    return `t${this.horizon}${[...this.above.keys()].map((id) => `.${id}`).join('')}`;
  }
}

/**
 * What to send after a reconnect: the replayed events (ordered by id), then the live events that
 * arrived while replaying, minus any the replay already contained. A live event may have a lower
 * id than the last replayed one (ids are handed out at insert, not at commit), so duplicates are
 * recognised by id, not by "greater than the last replayed".
 */
export function mergeReplay(replayed: readonly LiveEvent[], buffered: readonly LiveEvent[]): LiveEvent[] {
  const seen = new Set<number>();
  const out: LiveEvent[] = [];
  for (const event of [...replayed].sort((a, b) => a.id - b.id).concat(buffered)) {
    if (seen.has(event.id)) continue;
    seen.add(event.id);
    out.push(event);
  }
  return out;
}

/** Remembers the ids recently sent on one stream, so an event is never sent twice. */
export class RecentIds {
  private ids = new Set<number>();
  constructor(private readonly limit = 2000) {}
  /** True the first time an id is seen. */
  add(id: number): boolean {
    if (this.ids.has(id)) return false;
    this.ids.add(id);
    if (this.ids.size > this.limit) this.ids.delete(this.ids.values().next().value!);
    return true;
  }
}

// One event goes to every stream of its channel: format its data once.
const formatted = new WeakMap<LiveEvent, string>();

/** The SSE message: the stream's position as its id (what the browser sends back as Last-Event-ID). */
export function formatEvent(event: LiveEvent, position: string): string {
  let data = formatted.get(event);
  if (data === undefined) {
    data = JSON.stringify({ id: event.id, channel: event.channel, kind: event.kind, payload: event.payload });
    formatted.set(event, data);
  }
  return `id: ${position}\nevent: message\ndata: ${data}\n\n`;
}
