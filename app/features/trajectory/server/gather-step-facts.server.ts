import { count, inArray } from 'drizzle-orm';
import type { TrajectoryRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { goalReviews, listenerPlan, partners, prepMeetings, statements, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { profileCriteriaCount, type StepFacts } from '#app/features/trajectory/domain/step-overview';
import type { Trajectory } from './require-trajectory.server';

type TrajectoryFields = Pick<
  Trajectory,
  | 'id'
  | 'shortTermGoal'
  | 'longTermGoal'
  | 'horizonGoal'
  | 'visionLink'
  | 'theme'
  | 'profile'
  | 'participantTargetMin'
  | 'participantTargetMax'
  | 'mirrorListenerTarget'
  | 'followUpListenerTarget'
>;

/**
 * The facts the step overview needs, for one or many trajectories of the organisation at once:
 * a handful of grouped count queries, never one query per trajectory.
 */
export async function gatherStepFacts({
  orgId,
  trajectories,
}: Pick<OrgScope, 'orgId'> & { trajectories: readonly TrajectoryFields[] }): Promise<Map<string, StepFacts>> {
  const facts = new Map<string, StepFacts>();
  if (trajectories.length === 0) return facts;
  const ids = trajectories.map((t) => t.id);
  const database = await db();
  const [reviewRows, partnerRows, statementRows, meetingRows, planRows, roleRows] = await Promise.all([
    database
      .select({ tid: goalReviews.trajectoryId, n: count() })
      .from(goalReviews)
      .where(inOrg(goalReviews, orgId, inArray(goalReviews.trajectoryId, ids)))
      .groupBy(goalReviews.trajectoryId),
    database
      .select({ tid: partners.trajectoryId, n: count(), signed: count(partners.signedAt) })
      .from(partners)
      .where(inOrg(partners, orgId, inArray(partners.trajectoryId, ids)))
      .groupBy(partners.trajectoryId),
    database
      .select({ tid: statements.trajectoryId, n: count() })
      .from(statements)
      .where(inOrg(statements, orgId, inArray(statements.trajectoryId, ids)))
      .groupBy(statements.trajectoryId),
    database
      .select({ tid: prepMeetings.trajectoryId, n: count() })
      .from(prepMeetings)
      .where(inOrg(prepMeetings, orgId, inArray(prepMeetings.trajectoryId, ids)))
      .groupBy(prepMeetings.trajectoryId),
    database
      .select({ tid: listenerPlan.trajectoryId, category: listenerPlan.category, plannedCount: listenerPlan.plannedCount })
      .from(listenerPlan)
      .where(inOrg(listenerPlan, orgId, inArray(listenerPlan.trajectoryId, ids))),
    database
      .select({ tid: trajectoryRoles.trajectoryId, userId: trajectoryRoles.userId, role: trajectoryRoles.role })
      .from(trajectoryRoles)
      .where(inOrg(trajectoryRoles, orgId, inArray(trajectoryRoles.trajectoryId, ids))),
  ]);

  const counted = (rows: { tid: string; n: number }[]) => new Map(rows.map((r) => [r.tid, Number(r.n)]));
  const reviews = counted(reviewRows);
  const statementCounts = counted(statementRows);
  const meetings = counted(meetingRows);
  const partnerCounts = new Map(partnerRows.map((r) => [r.tid, { n: Number(r.n), signed: Number(r.signed) }]));
  const people = new Map<string, Map<string, TrajectoryRole[]>>();
  for (const row of roleRows) {
    const byUser = people.get(row.tid) ?? new Map<string, TrajectoryRole[]>();
    byUser.set(row.userId, [...(byUser.get(row.userId) ?? []), row.role]);
    people.set(row.tid, byUser);
  }

  for (const t of trajectories) {
    facts.set(t.id, {
      goals: { shortTerm: t.shortTermGoal, longTerm: t.longTermGoal, horizon: t.horizonGoal, visionLink: t.visionLink },
      goalReviews: reviews.get(t.id) ?? 0,
      partners: partnerCounts.get(t.id)?.n ?? 0,
      signedPartners: partnerCounts.get(t.id)?.signed ?? 0,
      statements: statementCounts.get(t.id) ?? 0,
      people: [...(people.get(t.id)?.values() ?? [])].map((roles) => ({ roles })),
      prepMeetings: meetings.get(t.id) ?? 0,
      theme: t.theme,
      profileCriteria: profileCriteriaCount(t.profile),
      listenerPlan: planRows.filter((p) => p.tid === t.id).map(({ category, plannedCount }) => ({ category, plannedCount })),
      targets: {
        participantMin: t.participantTargetMin,
        participantMax: t.participantTargetMax,
        mirrorListeners: t.mirrorListenerTarget,
        followUpListeners: t.followUpListenerTarget,
      },
    });
  }
  return facts;
}
