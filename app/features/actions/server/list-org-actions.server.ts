import { and, asc, count, eq, lt, notInArray, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { actions, agendaItems, partners, trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { ACTION_STATUSES, type ActionStatus, CLOSED_STATUSES, isOverdue } from '../domain/statuses';

export type OrgActionFilters = { status?: ActionStatus; partner?: string; trajectoryId?: string; overdue?: boolean };

/**
 * The coalition's overview: every action across the organisation's trajectories, filtered by
 * status, partner (by name: the same organisation is a partner in several trajectories),
 * trajectory and "te laat". The counts per status follow the other filters, so each says what
 * choosing that status would show. `total` counts all actions, to tell "none yet" from "none match".
 */
export async function listOrgActions({ orgId, actor, status, partner, trajectoryId, overdue }: OrgScope & OrgActionFilters) {
  authorize({ actor }, 'org.insights');
  const database = await db();
  const today = todayInAmsterdam();
  const late = () => and(lt(actions.dueOn, today), notInArray(actions.status, [...CLOSED_STATUSES]));
  const others = inOrg(
    actions,
    orgId,
    partner ? eq(partners.name, partner) : undefined,
    trajectoryId ? eq(actions.trajectoryId, trajectoryId) : undefined,
    overdue ? late() : undefined,
  );
  const [rows, perStatus, [overdueCount], choices, owners, [all]] = await Promise.all([
    database
      .select({
        id: actions.id,
        title: actions.title,
        trajectoryId: actions.trajectoryId,
        trajectoryTitle: trajectories.title,
        itemTitle: sql<string | null>`case when ${agendaItems.status} = 'agreed' then ${agendaItems.title} end`,
        partnerName: partners.name,
        ownerName: actions.ownerName,
        status: actions.status,
        stopReason: actions.stopReason,
        nextStep: actions.nextStep,
        dueOn: actions.dueOn,
        lastUpdateAt: actions.lastUpdateAt,
      })
      .from(actions)
      .innerJoin(trajectories, eq(trajectories.id, actions.trajectoryId))
      .leftJoin(partners, eq(partners.id, actions.partnerId))
      .leftJoin(agendaItems, eq(agendaItems.id, actions.agendaItemId))
      .where(and(others, status ? eq(actions.status, status) : undefined))
      .orderBy(sql`${actions.dueOn} asc nulls last`, asc(trajectories.title), asc(actions.title)),
    database
      .select({ status: actions.status, n: count() })
      .from(actions)
      .leftJoin(partners, eq(partners.id, actions.partnerId))
      .where(others)
      .groupBy(actions.status),
    database.select({ n: count() }).from(actions).leftJoin(partners, eq(partners.id, actions.partnerId)).where(and(others, late())),
    database.select({ id: trajectories.id, title: trajectories.title }).from(trajectories).where(inOrg(trajectories, orgId)).orderBy(asc(trajectories.title)),
    database.selectDistinct({ name: partners.name }).from(partners).where(inOrg(partners, orgId)).orderBy(asc(partners.name)),
    database.select({ n: count() }).from(actions).where(inOrg(actions, orgId)),
  ]);
  const counts = Object.fromEntries(ACTION_STATUSES.map((s) => [s, Number(perStatus.find((r) => r.status === s)?.n ?? 0)])) as Record<ActionStatus, number>;
  return {
    items: rows.map((r) => ({ ...r, overdue: isOverdue(r, today) })),
    counts,
    overdueCount: Number(overdueCount?.n ?? 0),
    trajectories: choices,
    partnerNames: owners.map((o) => o.name),
    total: Number(all?.n ?? 0),
  };
}
