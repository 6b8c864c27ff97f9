import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import type { Tx } from '#app/db/client.server';
import { minuteNotes } from '#app/db/schema';
import { onWithdrawal } from '#app/features/minutes/domain/consent';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { minutesStatus } from './minutes-records.server';

/**
 * A parent said no to the minutes (at the desk, maybe after notes were written): in the caller's
 * transaction, their notes leave draft minutes, and are flagged in final minutes for the lead.
 * The minutes page and the console hear it, so both show the parent as refusing at once.
 */
export async function withdrawMinutesConsent(scope: TrajectoryScope & { participantId: string; tx: Tx }): Promise<void> {
  authorize(scope, 'reception.run');
  const { orgId, trajectoryId, participantId, tx } = scope;
  const theirs = inOrg(minuteNotes, orgId, and(eq(minuteNotes.trajectoryId, trajectoryId), eq(minuteNotes.participantId, participantId)));
  const { status } = await minutesStatus(orgId, trajectoryId, tx);
  const changed =
    onWithdrawal(status) === 'delete'
      ? await tx.delete(minuteNotes).where(theirs).returning({ id: minuteNotes.id })
      : await tx
          .update(minuteNotes)
          .set({ consentWithdrawnAt: sql`now()`, updatedAt: sql`now()` })
          .where(and(theirs, sql`${minuteNotes.consentWithdrawnAt} is null`))
          .returning({ id: minuteNotes.id });
  // Both live screens show who said no: they hear it even when no note changed.
  const ids = changed.map((n) => n.id);
  await publish(tx, {
    orgId,
    channel: channelFor(trajectoryId, 'minutes'),
    kind: status === 'draft' ? 'consent-withdrawn' : 'consent-flagged',
    payload: { ids },
  });
  await publish(tx, { orgId, channel: channelFor(trajectoryId, 'console'), kind: 'consent-refused', payload: {} });
}
