import { and, count, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { meetings, runSheetTasks, trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { defaultRunSheet, type DefaultTaskKey } from '../domain/run-sheet';

/**
 * Fills an empty run sheet with the usual tasks, due dates counted back from the mirror meeting
 * when its date is known. The trajectory row is locked, so two first visits at once fill it once.
 * An emptied run sheet is filled again on the next visit: there is no "filled before" marker.
 */
export async function prefillRunSheet(input: TrajectoryScope & { titleFor: (key: DefaultTaskKey) => string }): Promise<{ filled: boolean }> {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, titleFor } = input;
  return (await db()).transaction(async (tx) => {
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
      .for('update');
    if (!trajectory) notFound();
    const [existing] = await tx
      .select({ n: count() })
      .from(runSheetTasks)
      .where(inOrg(runSheetTasks, orgId, eq(runSheetTasks.trajectoryId, trajectoryId)));
    if ((existing?.n ?? 0) > 0) return { filled: false };
    const [mirror] = await tx
      .select({ date: meetings.date })
      .from(meetings)
      .where(inOrg(meetings, orgId, and(eq(meetings.trajectoryId, trajectoryId), eq(meetings.kind, 'mirror'))));
    const tasks = defaultRunSheet(mirror?.date ?? null);
    await tx.insert(runSheetTasks).values(
      tasks.map((task, position) => ({
        orgId,
        trajectoryId,
        position,
        title: titleFor(task.key),
        dueOn: task.dueOn,
      })),
    );
    return { filled: true };
  });
}
