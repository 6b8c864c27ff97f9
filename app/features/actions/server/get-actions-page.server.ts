import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { actions, agendaItems, partners } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { actionRows, withUpdates } from './actions-records.server';

export type ActionsPage = Awaited<ReturnType<typeof getActionsPage>>;

/**
 * The trajectory's change agenda followed up: per agreed agenda item (in the agenda's order) its
 * actions with their updates, then the actions without an (agreed) item. Drafts are not shown.
 */
export async function getActionsPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const database = await db();
  const { orgId, trajectoryId } = scope;
  const [items, owners, rows] = await Promise.all([
    database
      .select({ id: agendaItems.id, title: agendaItems.title, plainText: agendaItems.plainText })
      .from(agendaItems)
      .where(inOrg(agendaItems, orgId, eq(agendaItems.trajectoryId, trajectoryId), eq(agendaItems.status, 'agreed')))
      .orderBy(asc(agendaItems.position), asc(agendaItems.rank), asc(agendaItems.title)),
    database
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(inOrg(partners, orgId, eq(partners.trajectoryId, trajectoryId)))
      .orderBy(asc(partners.name)),
    actionRows(database, inOrg(actions, orgId, eq(actions.trajectoryId, trajectoryId))),
  ]);
  const all = await withUpdates(database, orgId, rows);
  const agreed = new Set(items.map((i) => i.id));
  return {
    canManage: can(scope, 'actions.manage'),
    today: todayInAmsterdam(),
    items,
    partners: owners,
    groups: items.map((item) => ({ item, actions: all.filter((a) => a.agendaItemId === item.id) })),
    withoutItem: all.filter((a) => !a.agendaItemId || !agreed.has(a.agendaItemId)),
  };
}
