import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { retentionLog, trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { eq } from 'drizzle-orm';
import type { RetentionKind } from '../domain/retention';
import { planOf } from './retention-records.server';

/**
 * Keeps one kind of a trajectory's personal data until a later day, with the reason (coordinators
 * and the trajectory's leads); written to the retention log. Only later than the day it is due now.
 */
export async function extendRetention(scope: TrajectoryScope & { kind: RetentionKind; keepUntil: string; reason: string }, now = new Date()) {
  authorize(scope, 'retention.extend');
  const { orgId, trajectoryId, kind, keepUntil, reason, actor } = scope;
  await (
    await db()
  ).transaction(async (tx) => {
    // One extension at a time per trajectory: lock its row.
    await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
      .for('update');
    const { plan } = await planOf(tx, orgId, trajectoryId);
    const current = plan.find((p) => p.kind === kind)!;
    if (!current.dueOn) throw new RuleError('personalData.extendNoLastStep', 'keepUntil');
    if (keepUntil <= current.dueOn) throw new RuleError('personalData.extendNotLater', 'keepUntil');
    await tx.insert(retentionLog).values({ orgId, trajectoryId, kind, action: 'extended', keepUntil, reason, recordedBy: actor.userId, at: now });
  });
}
