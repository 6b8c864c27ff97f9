import { canRunConsole } from '#app/auth/permissions';
import type { OrgScope } from '#app/db/scope.server';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { forbidden } from '#app/utils/http.server';

/** The trajectory, for someone who may run its console: 404 outside the organisation, 403 without the role. */
export async function consoleTrajectory(scope: OrgScope & { trajectoryId: string }) {
  const found = await getTrajectory(scope);
  if (!canRunConsole(scope.actor, found.myRoles)) forbidden();
  return found;
}
