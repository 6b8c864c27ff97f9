import { sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participantConsents, participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { eq } from 'drizzle-orm';
import { isExpected, statusAfterCheckIn } from '../domain/rules';
import { publish } from '#app/realtime/publish.server';
import { lockParticipant, requireReception } from './require-reception.server';

export type CheckInResult = { ok: true } | { ok: false; reason: 'notExpected' };

/**
 * Marks a participant present at the desk (or undoes it): the check-in time and the pipeline
 * status "attended" change together, and the reception channel hears of it in the same transaction.
 */
export async function checkInParticipant({
  participantId,
  present,
  ...scope
}: OrgScope & {
  trajectoryId: string;
  participantId: string;
  present: boolean;
}): Promise<CheckInResult> {
  const { trajectory, channel } = await requireReception(scope);
  return (await db()).transaction(async (tx): Promise<CheckInResult> => {
    const participant = await lockParticipant(tx, scope.orgId, trajectory.id, participantId);
    // A cancelled or not yet registered person is not on the desk's list.
    if (!isExpected(participant.status)) return { ok: false, reason: 'notExpected' };
    const checkedInAt = present ? new Date() : null;
    await tx
      .insert(participantConsents)
      .values({
        participantId: participant.id,
        orgId: scope.orgId,
        trajectoryId: trajectory.id,
        checkedInAt,
      })
      .onConflictDoUpdate({
        target: participantConsents.participantId,
        set: { checkedInAt },
        setWhere: eq(participantConsents.orgId, scope.orgId),
      });
    await tx
      .update(participants)
      .set({
        status: statusAfterCheckIn(participant.status, present),
        updatedAt: sql`now()`,
      })
      .where(inOrg(participants, scope.orgId, eq(participants.id, participant.id)));
    await publish(tx, {
      orgId: scope.orgId,
      channel,
      kind: present ? 'checkin' : 'checkin_undone',
      payload: { participantId: participant.id },
    });
    return { ok: true };
  });
}
