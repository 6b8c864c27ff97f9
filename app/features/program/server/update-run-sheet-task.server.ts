import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '#app/db/client.server';
import { runSheetTasks } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { TaskInput, TaskResult } from './add-run-sheet-task.server';
import { isTrajectoryPerson } from './meeting-rows.server';

export const ofTrajectory = (orgId: string, trajectoryId: string, taskId: string) =>
  inOrg(runSheetTasks, orgId, and(eq(runSheetTasks.trajectoryId, trajectoryId), eq(runSheetTasks.id, taskId)));

export async function updateRunSheetTask({
  orgId,
  trajectoryId,
  taskId,
  task,
}: OrgScope & {
  trajectoryId: string;
  taskId: string;
  task: TaskInput;
}): Promise<TaskResult> {
  if (!z.uuid().safeParse(taskId).success) notFound();
  return (await db()).transaction(async (tx) => {
    const [row] = await tx
      .select({ id: runSheetTasks.id })
      .from(runSheetTasks)
      .where(ofTrajectory(orgId, trajectoryId, taskId));
    if (!row) notFound();
    if (task.ownerId && !(await isTrajectoryPerson(tx, orgId, trajectoryId, task.ownerId))) return { ok: false, error: 'ownerNotInTrajectory' } as const;
    await tx
      .update(runSheetTasks)
      .set(task)
      .where(ofTrajectory(orgId, trajectoryId, taskId));
    return { ok: true } as const;
  });
}
