import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { boardOfTrajectory } from './board-records.server';

/** The trajectory's board, or null when none is open yet. Everyone in the organisation may know it is there. */
export async function getBoard(scope: TrajectoryScope): Promise<{ id: string; joinCode: string } | null> {
  authorize(scope, 'trajectory.view');
  return boardOfTrajectory(await db(), scope.orgId, scope.trajectoryId);
}
