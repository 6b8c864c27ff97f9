import { eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

export type Goals = { shortTermGoal: string; longTermGoal: string; horizonGoal: string; visionLink: string };

/** Saves step 1's goals. Permission (canEdit) is checked by the caller. */
export async function updateGoals({ orgId, trajectoryId, ...goals }: OrgScope & { trajectoryId: string } & Goals) {
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ ...goals, updatedAt: sql`now()` })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
