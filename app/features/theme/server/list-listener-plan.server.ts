import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listenerPlan } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { completePlan, type ListenerPlanRow } from '#app/features/theme/domain/listener-plan';

/** The listener plan with one row for every category (zero where nothing was saved). */
export async function listListenerPlan({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<ListenerPlanRow[]> {
  const rows = await (
    await db()
  )
    .select({ category: listenerPlan.category, plannedCount: listenerPlan.plannedCount, note: listenerPlan.note })
    .from(listenerPlan)
    .where(inOrg(listenerPlan, orgId, eq(listenerPlan.trajectoryId, trajectoryId)));
  return completePlan(rows);
}
