import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { isDue } from '../domain/retention';
import { planOf, remainingOf } from './retention-records.server';

/** "What is deleted when" for one trajectory: per kind the day, how many records it concerns, and the log. No personal data. */
export async function getRetentionPage(scope: TrajectoryScope, now = new Date()) {
  authorize(scope, 'trajectory.view');
  const database = await db();
  const [{ lastStep, settings, log, plan }, remaining] = await Promise.all([
    planOf(database, scope.orgId, scope.trajectoryId),
    remainingOf(database, scope.orgId, scope.trajectoryId),
  ]);
  const today = todayInAmsterdam(now);
  return {
    lastStep,
    rows: plan.map((p) => ({ ...p, months: settings[p.kind], remaining: remaining[p.kind], overdue: isDue(p, today) })),
    log: log.map((e) => ({ ...e, at: e.at.toISOString() })).reverse(),
    canExtend: can(scope, 'retention.extend'),
  };
}
