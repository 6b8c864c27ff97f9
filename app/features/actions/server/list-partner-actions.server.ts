import { and, eq, inArray } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { actions, agendaItems } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { actionRows, withUpdates } from './actions-records.server';

type LinkedOwner = { id: string; orgId: string; trajectoryId: string };

/**
 * The actions this partner owns in its trajectory, with their agenda item and updates, for the
 * "Uw acties" part of its personal page. Authorised by the link: takes the partner findPartnerByToken found.
 */
export async function listPartnerActions({ partner }: { partner: LinkedOwner }) {
  const database = await db();
  const rows = await actionRows(
    database,
    inOrg(actions, partner.orgId, and(eq(actions.trajectoryId, partner.trajectoryId), eq(actions.partnerId, partner.id))),
  );
  const itemIds = [...new Set(rows.map((r) => r.agendaItemId).filter((id): id is string => !!id))];
  const items =
    itemIds.length === 0
      ? []
      : await database
          .select({ id: agendaItems.id, title: agendaItems.title, status: agendaItems.status })
          .from(agendaItems)
          .where(inOrg(agendaItems, partner.orgId, eq(agendaItems.trajectoryId, partner.trajectoryId), inArray(agendaItems.id, itemIds)));
  const itemTitle = (id: string | null) => items.find((i) => i.id === id && i.status === 'agreed')?.title ?? null;
  const listed = await withUpdates(database, partner.orgId, rows);
  return { today: todayInAmsterdam(), actions: listed.map((a) => ({ ...a, itemTitle: itemTitle(a.agendaItemId) })) };
}
