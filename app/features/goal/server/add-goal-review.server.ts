import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { goalReviews, trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Logs a dated look back at the goal, written by the actor. Permission is checked by the caller. */
export async function addGoalReview({
  orgId,
  actor,
  trajectoryId,
  reviewedOn,
  stillFits,
  whatChanged,
}: OrgScope & { trajectoryId: string; reviewedOn: string; stillFits: boolean; whatChanged: string }) {
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
