// The one reception row per trajectory, made on first use. Not an operation itself.
import { eq, sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { listeners, receptions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { withListener } from '../domain/rules';
import { and } from 'drizzle-orm';

/** The trajectory's reception row, created when missing and locked for this transaction. */
export async function lockReception(tx: Tx, orgId: string, trajectoryId: string) {
  await tx.insert(receptions).values({ orgId, trajectoryId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(receptions)
    .where(inOrg(receptions, orgId, eq(receptions.trajectoryId, trajectoryId)))
    .for('update');
  if (!row) notFound();
  return row;
}

/** Adds or removes a listener of this trajectory on the checked-in list, and announces it. */
export async function setListenerPresent(
  tx: Tx,
  {
    orgId,
    trajectoryId,
    listenerId,
    present,
  }: {
    orgId: string;
    trajectoryId: string;
    listenerId: string;
    present: boolean;
  },
) {
  const [listener] = await tx
    .select({ id: listeners.id })
    .from(listeners)
    .where(inOrg(listeners, orgId, and(eq(listeners.id, listenerId), eq(listeners.trajectoryId, trajectoryId))));
  if (!listener) notFound();
  const row = await lockReception(tx, orgId, trajectoryId);
  await tx
    .update(receptions)
    .set({
      listenersPresent: withListener(row.listenersPresent, listener.id, present),
      updatedAt: sql`now()`,
    })
    .where(inOrg(receptions, orgId, eq(receptions.trajectoryId, trajectoryId)));
  await publish(tx, {
    orgId,
    channel: channelFor(trajectoryId, 'reception'),
    kind: present ? 'listener_checkin' : 'listener_checkin_undone',
    payload: { listenerId: listener.id },
  });
}
