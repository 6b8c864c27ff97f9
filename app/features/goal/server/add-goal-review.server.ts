import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { goalReviews } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { once } from '#app/utils/submissions.server';

/** Logs a dated look back at the goal, written by the actor (once per submission key). */
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
  await loadTrajectory({ orgId, trajectoryId });
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'goal.addReview', async () => {
      const [review] = await tx
        .insert(goalReviews)
        .values({ orgId, trajectoryId, reviewedOn, stillFits, whatChanged, authorId: actor.userId })
        .returning({ id: goalReviews.id });
      return review!;
    }),
  );
}
