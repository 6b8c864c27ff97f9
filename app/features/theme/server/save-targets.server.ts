import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import type { Targets } from '#app/features/theme/domain/target-advice';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';

/** Stores the target numbers of participants and listeners; at least as many as at most is refused. */
export async function saveTargets({ orgId, actor, roles, trajectoryId, targets }: TrajectoryScope & { targets: Targets }) {
  authorize({ actor, roles }, 'trajectory.edit');
  if (targets.participantTargetMin > targets.participantTargetMax) throw new RuleError('validation.rangeOrder', 'participantTargetMax');
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ ...targets, updatedAt: new Date() })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
