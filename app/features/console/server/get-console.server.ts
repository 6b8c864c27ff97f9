import { db } from '#app/db/client.server';
import type { OrgScope } from '#app/db/scope.server';
import { listProgram } from '#app/features/program/server/list-program.server';
import { initialState, reconcile } from '../domain/queue';
import { consoleRoster } from './console-roster.server';
import { consoleTrajectory } from './console-trajectory.server';
import { getConversation } from './get-conversation.server';
import { innerCircleRows } from './list-inner-circle.server';

/**
 * Everything the console screen shows: the stored state (or the one the first action will
 * create), in line with the preparation, plus the inner circle's names and the program.
 */
export async function getConsole(scope: OrgScope & { trajectoryId: string }) {
  const { trajectory } = await consoleTrajectory(scope);
  const database = await db();
  const roster = await consoleRoster(database, scope.orgId, trajectory);
  const stored = await getConversation(scope);
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
