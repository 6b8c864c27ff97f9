import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { type ParticipantProfile, trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Stores whom the workgroup wants to invite to the inner circle (else 404 outside the org). */
export async function saveParticipantProfile({ orgId, actor, roles, trajectoryId, profile }: TrajectoryScope & { profile: ParticipantProfile }) {
  authorize({ actor, roles }, 'trajectory.edit');
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ profile, updatedAt: new Date() })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
