import { z } from 'zod';
import { db } from '#app/db/client.server';
import { runSheetTasks } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { ofTrajectory } from './update-run-sheet-task.server';

export async function removeRunSheetTask({ orgId, trajectoryId, taskId }: OrgScope & { trajectoryId: string; taskId: string }) {
  if (!z.uuid().safeParse(taskId).success) notFound();
  const removed = await (
    await db()
  )
    .delete(runSheetTasks)
    .where(ofTrajectory(orgId, trajectoryId, taskId))
    .returning({ id: runSheetTasks.id });
  if (removed.length === 0) notFound();
}
