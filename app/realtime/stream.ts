// Pure parts of the SSE stream: parsing the request, merging replayed and live events without
// gaps or duplicates, and the wire format. No database, no sockets: unit-tested on their own.
import { parseChannel } from './channels';

export type LiveEvent = { id: number; channel: string; kind: string; payload: Record<string, unknown> };

/** A page listens to a handful of channels; more is a mistake or abuse. */
export const MAX_CHANNELS = 8;

/** `a,b,c` → unique, well-formed channel names, or null when anything is off. */
export function parseChannelList(value: string | null | undefined): string[] | null {
  if (!value) return null;
  const names = [...new Set(value.split(',').map((name) => name.trim()))];
  if (names.length === 0 || names.length > MAX_CHANNELS) return null;
  return names.every((name) => parseChannel(name) !== null) ? names : null;
}

/** The Last-Event-ID header (or query parameter) as a whole number (0: replay everything); anything else means "no replay". */
export function parseLastEventId(value: string | string[] | null | undefined): number | null {
  const raw = Array.isArray(value) ? value[0] : value;
  if (!raw || !/^\d{1,15}$/.test(raw.trim())) return null;
  const id = Number(raw.trim());
  return Number.isSafeInteger(id) ? id : null;
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

// One event goes to every stream of its channel: format it once.
const formatted = new WeakMap<LiveEvent, string>();

export function formatEvent(event: LiveEvent): string {
  let text = formatted.get(event);
  if (text === undefined) {
    const data = JSON.stringify({ channel: event.channel, kind: event.kind, payload: event.payload });
    text = `id: ${event.id}\nevent: message\ndata: ${data}\n\n`;
    formatted.set(event, text);
  }
  return text;
}
