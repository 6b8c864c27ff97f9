import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { type ParticipantProfile, trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Stores whom the workgroup wants to invite to the inner circle (else 404 outside the org). */
export async function saveParticipantProfile({ orgId, trajectoryId, profile }: OrgScope & { trajectoryId: string; profile: ParticipantProfile }) {
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ profile, updatedAt: new Date() })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
