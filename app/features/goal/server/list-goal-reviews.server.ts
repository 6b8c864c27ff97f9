import { desc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { goalReviews, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';

export type GoalReview = { id: string; reviewedOn: string; stillFits: boolean; whatChanged: string; authorName: string | null };

/** Newest first: by the day looked back on, then by when it was written. */
export async function listGoalReviews({ orgId, actor, roles, trajectoryId }: TrajectoryScope): Promise<GoalReview[]> {
  authorize({ actor, roles }, 'trajectory.view');
  return (await db())
    .select({
      id: goalReviews.id,
      reviewedOn: goalReviews.reviewedOn,
      stillFits: goalReviews.stillFits,
      whatChanged: goalReviews.whatChanged,
      // The author's name, or e-mail when they have not set a name; null when the account is gone.
      authorName: users.name,
      authorEmail: users.email,
    })
    .from(goalReviews)
    .leftJoin(users, eq(users.id, goalReviews.authorId))
    .where(inOrg(goalReviews, orgId, eq(goalReviews.trajectoryId, trajectoryId)))
    .orderBy(desc(goalReviews.reviewedOn), desc(goalReviews.createdAt))
    .then((rows) => rows.map(({ authorEmail, authorName, ...r }) => ({ ...r, authorName: authorName || authorEmail || null })));
}
