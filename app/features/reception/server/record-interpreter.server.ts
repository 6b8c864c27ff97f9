import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { atDesk } from './reception-records.server';

/** Who interprets for a participant today, and in which language (empty: no interpreter). */
export async function recordInterpreter(scope: TrajectoryScope & { participantId: string; language: string; interpreter: string }): Promise<void> {
  authorize(scope, 'reception.run');
  await atDesk(scope, scope.participantId, 'interpreter', () => ({ interpreterLanguage: scope.language, interpreterName: scope.interpreter }));
}
