import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { atDesk } from './reception-records.server';

/** Records the participant's answers on minutes and photos, with who recorded them and when. */
export async function recordConsent(scope: TrajectoryScope & { participantId: string; minutes: boolean; photos: boolean }): Promise<void> {
  authorize(scope, 'reception.run');
  const { minutes, photos, actor } = scope;
  await atDesk(scope, scope.participantId, 'consent', () => ({ minutes, photos, recordedBy: actor.userId, recordedAt: new Date() }));
}
