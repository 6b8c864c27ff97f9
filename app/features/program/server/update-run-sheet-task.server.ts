import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { runSheetTasks } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { TaskInput } from './add-run-sheet-task.server';
import { assertOwner, taskOfTrajectory } from './program-records.server';

/** Changes a task; the owner must have a role in the trajectory (RuleError on `ownerId`, nothing saved). */
export async function updateRunSheetTask(input: TrajectoryScope & Required<TaskInput> & { taskId: string }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, taskId, title, ownerId, dueOn, done } = input;
  const where = taskOfTrajectory(orgId, trajectoryId, taskId);
  await (
    await db()
  ).transaction(async (tx) => {
    const [row] = await tx.select({ id: runSheetTasks.id }).from(runSheetTasks).where(where);
    if (!row) notFound();
    await assertOwner(tx, orgId, trajectoryId, ownerId);
    await tx.update(runSheetTasks).set({ title, ownerId, dueOn, done }).where(where);
  });
}
