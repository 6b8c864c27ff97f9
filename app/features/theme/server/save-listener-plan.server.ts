import { sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { listenerPlan } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { isListenerCategory, type ListenerPlanRow } from '#app/features/theme/domain/listener-plan';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';

/** Saves all rows of the listener plan at once: either every row is stored or none is. */
export async function saveListenerPlan({ orgId, actor, roles, trajectoryId, rows }: TrajectoryScope & { rows: readonly ListenerPlanRow[] }) {
  authorize({ actor, roles }, 'trajectory.edit');
  for (const row of rows) {
    if (!isListenerCategory(row.category) || !Number.isInteger(row.plannedCount) || row.plannedCount < 0) {
      throw new Error(`Invalid listener plan row: ${row.category}`);
    }
  }
  await loadTrajectory({ orgId, trajectoryId });
  if (rows.length === 0) return;
  // One statement: either every row is stored or none is.
  await (
    await db()
  )
    .insert(listenerPlan)
    .values(rows.map((row) => ({ orgId, trajectoryId, category: row.category, plannedCount: row.plannedCount, note: row.note })))
    .onConflictDoUpdate({
      target: [listenerPlan.trajectoryId, listenerPlan.category],
      set: { plannedCount: sql`excluded.planned_count`, note: sql`excluded.note` },
    });
}
