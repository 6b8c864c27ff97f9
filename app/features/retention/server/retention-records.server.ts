// Shared reads of the retention feature: a trajectory's last step, the organisation's periods, the
// extensions, and how much personal data of each kind is still there.
import { and, asc, eq, inArray, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { boardPledges, boards, listeners, meetings, organisations, participantPersonalData, retentionLog, trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { extensionsFrom, lastStepDay, type RetentionKind, type RetentionSettings, retentionPlan } from '../domain/retention';

export async function retentionSettingsOf(q: Db | Tx, orgId: string): Promise<RetentionSettings> {
  const [org] = await q
    .select({
      participants: organisations.retentionParticipantMonths,
      listeners: organisations.retentionListenerMonths,
      pledges: organisations.retentionPledgeMonths,
    })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return org!;
}

/** The trajectory's last step (domain/retention.ts says which days count). */
export async function lastStepOf(q: Db | Tx, orgId: string, trajectoryId: string) {
  const [days, [trajectory]] = await Promise.all([
    q
      .select({ date: meetings.date })
      .from(meetings)
      .where(inOrg(meetings, orgId, eq(meetings.trajectoryId, trajectoryId))),
    q
      .select({ sharedAt: trajectories.agendaSharedAt })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId))),
  ]);
  return lastStepDay([...days.map((d) => d.date), trajectory?.sharedAt ? todayInAmsterdam(trajectory.sharedAt) : null]);
}

export async function retentionLogOf(q: Db | Tx, orgId: string, trajectoryId: string) {
  return q
    .select({
      kind: retentionLog.kind,
      action: retentionLog.action,
      count: retentionLog.count,
      keepUntil: retentionLog.keepUntil,
      reason: retentionLog.reason,
      at: retentionLog.at,
    })
    .from(retentionLog)
    .where(inOrg(retentionLog, orgId, eq(retentionLog.trajectoryId, trajectoryId)))
    .orderBy(asc(retentionLog.at), asc(retentionLog.id));
}

/** What is deleted when for one trajectory, with the log it follows from. */
export async function planOf(q: Db | Tx, orgId: string, trajectoryId: string) {
  const [lastStep, settings, log] = await Promise.all([
    lastStepOf(q, orgId, trajectoryId),
    retentionSettingsOf(q, orgId),
    retentionLogOf(q, orgId, trajectoryId),
  ]);
  const plan = retentionPlan(lastStep, settings, extensionsFrom(log.filter((e) => e.action === 'extended')));
  return { lastStep, settings, log, plan };
}

/** How many records of each kind still hold personal data. */
export async function remainingOf(q: Db | Tx, orgId: string, trajectoryId: string): Promise<Record<RetentionKind, number>> {
  const count = sql<number>`count(*)::int`;
  const [[p], [l], [b]] = await Promise.all([
    q
      .select({ n: count })
      .from(participantPersonalData)
      .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.trajectoryId, trajectoryId))),
    q
      .select({ n: count })
      .from(listeners)
      .where(inOrg(listeners, orgId, eq(listeners.trajectoryId, trajectoryId), or(ne(listeners.name, ''), ne(listeners.email, '')))),
    q
      .select({ n: count })
      .from(boardPledges)
      .where(inOrg(boardPledges, orgId, ne(boardPledges.reminderEmail, ''), inArray(boardPledges.boardId, boardsOf(q, orgId, trajectoryId)))),
  ]);
  return { participants: p?.n ?? 0, listeners: l?.n ?? 0, pledges: b?.n ?? 0 };
}

export const boardsOf = (q: Db | Tx, orgId: string, trajectoryId: string) =>
  q
    .select({ id: boards.id })
    .from(boards)
    .where(and(eq(boards.orgId, orgId), eq(boards.trajectoryId, trajectoryId)));
