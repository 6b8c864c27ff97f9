import { sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { events } from '#app/db/schema';

export const NOTIFY_CHANNEL = 'spiegel_events';

/**
 * Records an event in the caller's transaction. The NOTIFY is transactional too: PostgreSQL
 * delivers it only at commit, so listeners never hear of a change that was rolled back. The
 * payload of the NOTIFY is just channel and id (NOTIFY is limited to 8000 bytes).
 */
export async function publish(
  tx: Tx,
  { orgId, channel, kind, payload = {} }: { orgId: string; channel: string; kind: string; payload?: Record<string, unknown> },
): Promise<number> {
  const [row] = await tx.insert(events).values({ orgId, channel, kind, payload }).returning({ id: events.id });
  await tx.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${JSON.stringify({ channel, id: row!.id })})`);
  return row!.id;
}
