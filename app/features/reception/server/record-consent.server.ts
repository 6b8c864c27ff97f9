import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { withdrawMinutesConsent } from '#app/features/minutes/server/withdraw-minutes-consent.server';
import { logConsent } from '#app/privacy/consent-log.server';
import { atDesk } from './reception-records.server';

/**
 * Records the participant's answers on minutes and photos, with who recorded them and when. A "no"
 * to the minutes takes the parent's notes out of draft minutes, or flags them in final minutes, in the same transaction.
 */
export async function recordConsent(scope: TrajectoryScope & { participantId: string; minutes: boolean; photos: boolean }): Promise<void> {
  authorize(scope, 'reception.run');
  const { minutes, photos, actor } = scope;
  await atDesk(scope, scope.participantId, 'consent', async (participant, tx) => {
    if (!minutes) await withdrawMinutesConsent({ ...scope, participantId: participant.id, tx });
    const logged = {
      orgId: scope.orgId,
      trajectoryId: scope.trajectoryId,
      participantId: participant.id,
      language: 'nl',
      how: 'on_behalf' as const,
      recordedBy: actor.userId,
    };
    await logConsent(tx, { ...logged, kind: 'minutes', answer: minutes });
    await logConsent(tx, { ...logged, kind: 'photos', answer: photos });
    return { minutes, photos, recordedBy: actor.userId, recordedAt: new Date() };
  });
}
