import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { runSheetTasks } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { once } from '#app/utils/submissions.server';
import { assertOwner, nextTaskPosition, trajectoryOr404 } from './program-records.server';

export type TaskInput = { title: string; ownerId: string | null; dueOn: string | null; done?: boolean };

/** Adds a task at the end of the run sheet (once per submission key). The owner must have a role in the trajectory (RuleError on `ownerId`). */
export async function addRunSheetTask(input: TrajectoryScope & TaskInput) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, title, ownerId, dueOn, done = false } = input;
  await (
    await db()
  ).transaction((tx) =>
    once(tx, orgId, 'program.addTask', async () => {
      await trajectoryOr404(tx, orgId, trajectoryId);
      await assertOwner(tx, orgId, trajectoryId, ownerId);
      const position = await nextTaskPosition(tx, orgId, trajectoryId);
      await tx.insert(runSheetTasks).values({ orgId, trajectoryId, position, title, ownerId, dueOn, done });
    }),
  );
}
