import { and, asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { runSheetTasks, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';

export type RunSheetTask = {
  id: string;
  title: string;
  ownerId: string | null;
  ownerName: string | null;
  dueOn: string | null;
  done: boolean;
};

export async function listRunSheet(scope: TrajectoryScope): Promise<RunSheetTask[]> {
  authorize(scope, 'trajectory.view');
  const { orgId, trajectoryId } = scope;
  const rows = await (
    await db()
  )
    .select({
      id: runSheetTasks.id,
      title: runSheetTasks.title,
      ownerId: runSheetTasks.ownerId,
      ownerName: users.name,
      ownerEmail: users.email,
      dueOn: runSheetTasks.dueOn,
      done: runSheetTasks.done,
    })
    .from(runSheetTasks)
    .leftJoin(users, and(eq(users.id, runSheetTasks.ownerId)))
    .where(inOrg(runSheetTasks, orgId, eq(runSheetTasks.trajectoryId, trajectoryId)))
    .orderBy(asc(runSheetTasks.position), asc(runSheetTasks.createdAt), asc(runSheetTasks.id));
  return rows.map(({ ownerEmail, ownerName, ...task }) => ({
    ...task,
    ownerName: task.ownerId ? ownerName || ownerEmail : null,
  }));
}
