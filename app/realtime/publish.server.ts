import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { events } from '#app/db/schema';

export const NOTIFY_CHANNEL = 'spiegel_events';
/** NOTIFY payloads must stay under 8000 bytes; an event larger than this is announced by id only. */
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
 * large event is announced by channel and id and read by the hub.
 */
export const notifySql: SQL = sql`pg_notify(${NOTIFY_CHANNEL}, CASE WHEN octet_length(${events.payload}::text) <= ${NOTIFY_MAX_BYTES - 400}
  THEN json_build_object('id', ${events.id}, 'channel', ${events.channel}, 'kind', ${events.kind}, 'payload', ${events.payload}, 'tx', ${events.txId}, 'horizon', ${horizonSql})::text
  ELSE json_build_object('id', ${events.id}, 'channel', ${events.channel}, 'horizon', ${horizonSql})::text END)`;

/** Records an event in the caller's transaction, with its NOTIFY: one statement, one round trip. */
export async function publish(
  tx: Tx,
  { orgId, channel, kind, payload = {} }: { orgId: string; channel: string; kind: string; payload?: Record<string, unknown> },
): Promise<number> {
  const [row] = await tx.insert(events).values({ orgId, channel, kind, payload }).returning({ id: events.id, notified: notifySql });
  return row!.id;
}
