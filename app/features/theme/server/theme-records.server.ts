// Shared by the theme operations. Not for routes or other features.
import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

type TrajectoryFields = Partial<
  Pick<
    typeof trajectories.$inferInsert,
    'theme' | 'profile' | 'participantTargetMin' | 'participantTargetMax' | 'mirrorListenerTarget' | 'followUpListenerTarget'
  >
>;

/** Changes fields of a trajectory of the organisation (404 when it is not there), and when it was last changed. */
export async function updateTrajectoryFields({ orgId, trajectoryId }: { orgId: string; trajectoryId: string }, values: TrajectoryFields) {
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ ...values, updatedAt: new Date() })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
