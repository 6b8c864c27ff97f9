import { eq, max } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { runSheetTasks } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { isTrajectoryPerson, trajectoryOr404 } from './meeting-rows.server';

export type TaskInput = {
  title: string;
  ownerId: string | null;
  dueOn: string | null;
  done: boolean;
};
/** `ownerNotInTrajectory`: the owner must have a role in this trajectory; nothing was saved. */
export type TaskResult = { ok: true } | { ok: false; error: 'ownerNotInTrajectory' };

export async function addRunSheetTask({ orgId, trajectoryId, task }: OrgScope & { trajectoryId: string; task: TaskInput }): Promise<TaskResult> {
  return (await db()).transaction(async (tx) => {
    await trajectoryOr404(tx, orgId, trajectoryId);
    if (task.ownerId && !(await isTrajectoryPerson(tx, orgId, trajectoryId, task.ownerId))) return { ok: false, error: 'ownerNotInTrajectory' } as const;
    const [last] = await tx
      .select({ position: max(runSheetTasks.position) })
      .from(runSheetTasks)
      .where(inOrg(runSheetTasks, orgId, eq(runSheetTasks.trajectoryId, trajectoryId)));
    await tx.insert(runSheetTasks).values({
      orgId,
      trajectoryId,
      position: (last?.position ?? -1) + 1,
      ...task,
    });
    return { ok: true } as const;
  });
}
