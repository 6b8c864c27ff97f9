import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { Targets } from '#app/features/theme/domain/target-advice';
import { notFound } from '#app/utils/http.server';

/** Stores the target numbers of participants and listeners. The caller has checked min ≤ max. */
export async function saveTargets({ orgId, trajectoryId, targets }: OrgScope & { trajectoryId: string; targets: Targets }) {
  if (targets.participantTargetMin > targets.participantTargetMax) throw new Error('participantTargetMin > participantTargetMax');
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ ...targets, updatedAt: new Date() })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
