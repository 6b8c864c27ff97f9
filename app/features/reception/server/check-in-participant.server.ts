import { eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { participants } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { isExpected, statusAfterCheckIn } from '../domain/rules';
import { atDesk } from './reception-records.server';

/**
 * Marks a participant present at the desk (or undoes it): the check-in time and the pipeline
 * status "attended" change together, and the reception channel hears of it in the same transaction.
 */
export async function checkInParticipant(scope: TrajectoryScope & { participantId: string; present: boolean }): Promise<void> {
  authorize(scope, 'reception.run');
  const { present } = scope;
  await atDesk(scope, scope.participantId, present ? 'checkin' : 'checkin_undone', async (participant, tx) => {
    // A cancelled or not yet registered person is not on the desk's list.
    if (!isExpected(participant.status)) throw new RuleError('reception.notExpected', 'participantId');
    await tx
      .update(participants)
      .set({ status: statusAfterCheckIn(participant.status, present), updatedAt: sql`now()` })
      .where(inOrg(participants, scope.orgId, eq(participants.id, participant.id)));
    return { checkedInAt: present ? new Date() : null };
  });
}
