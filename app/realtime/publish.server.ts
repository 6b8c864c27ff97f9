import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { events, sessions } from '#app/db/schema';

export const NOTIFY_CHANNEL = 'spiegel_events';
/** NOTIFY payloads must stay under 8000 bytes; an event larger than this is announced by id only (event_notify). */
export const NOTIFY_MAX_BYTES = 7000;

/**
 * The oldest transaction still running: every transaction before it has ended. Taken in the writer's
 * transaction, it tells a listener that all events of older transactions were announced before this one.
 */
export const horizonSql: SQL = sql`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

/**
 * The NOTIFY for a row being inserted into `events`, for its RETURNING clause. PostgreSQL delivers
 * it only at commit, so listeners never hear of a change that was rolled back. It carries the whole
 * event when it is small (nearly always), so the hub needs no read per event: under load, one read
 * per event behind busy pool connections made delivery lag by seconds (see the board bench). A
 * large event is announced by channel and id and read by the hub. Written once, as the database
 * function `event_notify` (migration 0010), which the board's write functions call too.
 */
export const notifySql: SQL = sql`event_notify(${events.id}, ${events.channel}, ${events.kind}, ${events.payload}, ${events.txId})`;

/**
 * The NOTIFY that a session ended (signed out, ended from the account page, run idle), for the
 * RETURNING clause of the DELETE: every instance's hub hears it and closes that session's streams.
 */
export const sessionEndedNotifySql: SQL = sql`pg_notify(${NOTIFY_CHANNEL}, json_build_object('sessionEnded', ${sessions.id})::text)`;

/** Records an event in the caller's transaction, with its NOTIFY: one statement, one round trip. */
export async function publish(
  tx: Tx,
  { orgId, channel, kind, payload = {} }: { orgId: string; channel: string; kind: string; payload?: Record<string, unknown> },
): Promise<number> {
  const [row] = await tx.insert(events).values({ orgId, channel, kind, payload }).returning({ id: events.id, notified: notifySql });
  return row!.id;
}
