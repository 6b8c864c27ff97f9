import { eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Saves the text partners sign. Signatures already given stay. */
export async function updateIntentStatement(input: TrajectoryScope & { intentStatement: string }) {
  authorize(input, 'trajectory.edit');
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ intentStatement: input.intentStatement, updatedAt: sql`now()` })
    .where(inOrg(trajectories, input.orgId, eq(trajectories.id, input.trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
