import { sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { events } from '#app/db/schema';

export const NOTIFY_CHANNEL = 'spiegel_events';
/** NOTIFY payloads must stay under 8000 bytes; an event larger than this is announced by id only. */
export const NOTIFY_MAX_BYTES = 7000;

/**
 * Records an event in the caller's transaction. The NOTIFY is transactional too: PostgreSQL
 * delivers it only at commit, so listeners never hear of a change that was rolled back. The
 * NOTIFY carries the whole event when it is small (nearly always), so the hub needs no read per
 * event: under load, one read per event behind busy pool connections made delivery lag by
 * seconds (see the board bench). A large event is announced by channel and id and read by the hub.
 * Insert and NOTIFY are one statement (pg_notify in RETURNING, with the new id): one round trip.
 */
export async function publish(
  tx: Tx,
  { orgId, channel, kind, payload = {} }: { orgId: string; channel: string; kind: string; payload?: Record<string, unknown> },
): Promise<number> {
  const whole = JSON.stringify({ channel, kind, payload });
  // The JSON of the notice without its closing brace; the id is appended in SQL.
  const head = `${Buffer.byteLength(whole) <= NOTIFY_MAX_BYTES - 40 ? whole.slice(0, -1) : JSON.stringify({ channel }).slice(0, -1)},"id":`;
  const [row] = await tx
    .insert(events)
    .values({ orgId, channel, kind, payload })
    .returning({ id: events.id, notified: sql`pg_notify(${NOTIFY_CHANNEL}, ${head} || ${events.id}::text || '}')` });
  return row!.id;
}
