import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { runSheetTasks } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { taskOfTrajectory } from './program-records.server';

export async function removeRunSheetTask(input: TrajectoryScope & { taskId: string }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, taskId } = input;
  const removed = await (
    await db()
  )
    .delete(runSheetTasks)
    .where(taskOfTrajectory(orgId, trajectoryId, taskId))
    .returning({ id: runSheetTasks.id });
  if (removed.length === 0) notFound();
}
