import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { listenerPlan } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { completePlan, type ListenerPlanRow } from '#app/features/theme/domain/listener-plan';

/** The listener plan with one row for every category (zero where nothing was saved). */
export async function listListenerPlan({ orgId, actor, roles, trajectoryId }: TrajectoryScope): Promise<ListenerPlanRow[]> {
  authorize({ actor, roles }, 'trajectory.view');
  const rows = await (
    await db()
  )
    .select({ category: listenerPlan.category, plannedCount: listenerPlan.plannedCount, note: listenerPlan.note })
    .from(listenerPlan)
    .where(inOrg(listenerPlan, orgId, eq(listenerPlan.trajectoryId, trajectoryId)));
  return completePlan(rows);
}
