import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { listProgram } from '#app/features/program/server/list-program.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { initialState, reconcile } from '../domain/queue';
import { consoleRoster, innerCircleRows, storedConversation } from './console-records.server';

/**
 * Everything the console screen shows: the stored state (or the one the first action will
 * create), in line with the preparation, plus the inner circle's first names and the program.
 */
export async function getConsole(scope: TrajectoryScope) {
  authorize(scope, 'console.run');
  const trajectory = await loadTrajectory(scope);
  const database = await db();
  const roster = await consoleRoster(database, scope.orgId, trajectory);
  const stored = await storedConversation(database, scope.orgId, trajectory.id);
  const state = stored.version === 0 ? initialState(roster) : reconcile(stored.state, roster);
  const circle = await innerCircleRows(database, scope.orgId, trajectory.id);
  const program = await listProgram(scope);
  return {
    state,
    version: stored.version,
    circle,
    blocks: program.mirror.map((b) => ({ title: b.title, minutes: b.minutes })),
  };
}
