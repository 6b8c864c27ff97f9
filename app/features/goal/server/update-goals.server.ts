import { eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

export type Goals = { shortTermGoal: string; longTermGoal: string; horizonGoal: string; visionLink: string };

/** Saves step 1's goals. */
export async function updateGoals({ orgId, actor, roles, trajectoryId, shortTermGoal, longTermGoal, horizonGoal, visionLink }: TrajectoryScope & Goals) {
  authorize({ actor, roles }, 'trajectory.edit');
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ shortTermGoal, longTermGoal, horizonGoal, visionLink, updatedAt: sql`now()` })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
