import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { goalReviews, trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Logs a dated look back at the goal, written by the actor. */
export async function addGoalReview({
  orgId,
  actor,
  roles,
  trajectoryId,
  reviewedOn,
  stillFits,
  whatChanged,
}: TrajectoryScope & { reviewedOn: string; stillFits: boolean; whatChanged: string }) {
  authorize({ actor, roles }, 'trajectory.edit');
  return (await db()).transaction(async (tx) => {
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
    if (!trajectory) notFound();
    const [review] = await tx.insert(goalReviews).values({ orgId, trajectoryId, reviewedOn, stillFits, whatChanged, authorId: actor.userId }).returning();
    return review!;
  });
}
