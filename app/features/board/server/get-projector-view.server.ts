import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { BoardView } from '../domain/types';
import { boardOfTrajectory } from './board-records.server';
import { loadBoardView } from './board-view-records.server';

/**
 * What the projector shows, or null when no board is open: anyone who may view the trajectory may
 * put its board on a screen, as it holds no names, addresses or hidden ideas.
 */
export async function getProjectorView(scope: TrajectoryScope): Promise<BoardView | null> {
  authorize(scope, 'trajectory.view');
  const board = await boardOfTrajectory(await db(), scope.orgId, scope.trajectoryId);
  return board ? loadBoardView({ orgId: scope.orgId, boardId: board.id, audience: 'projector', memberId: null }) : null;
}
