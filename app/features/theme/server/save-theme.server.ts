import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { updateTrajectoryFields } from './theme-records.server';

/** Sets the theme of a trajectory of the scope's organisation (else 404). */
export async function saveTheme({ orgId, actor, roles, trajectoryId, theme }: TrajectoryScope & { theme: string }) {
  authorize({ actor, roles }, 'trajectory.edit');
  await updateTrajectoryFields({ orgId, trajectoryId }, { theme });
}
