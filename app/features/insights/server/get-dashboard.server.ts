import { and, count, eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { actions, meetings, participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { listTrajectories } from '#app/features/trajectory/server/list-trajectories.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { actionCounts, feedbackIntervals, median, type TeamFigures, trajectoriesPerStep } from '../domain/dashboard';

/**
 * The organisation's dashboard: trajectories per step (reflection sessions are no trajectory of 8
 * steps and are counted apart), parents reached (attended a mirror meeting), actions per status and
 * overdue, and the median number of days from the mirror meeting to the feedback to the parents.
 * Counts only: every member may read it.
 */
export async function getDashboard({ orgId, actor, today = todayInAmsterdam() }: OrgScope & { today?: string }) {
  authorize({ actor }, 'org.insights');
  const { items } = await listTrajectories({ orgId, actor });
  const counted = items.filter((t) => t.kind === 'trajectory');
  const ids = counted.map((t) => t.id);
  const database = await db();
  const [attended, actionRows, meetingRows] = await Promise.all([
    ids.length === 0
      ? []
      : database
          .select({ trajectoryId: participants.trajectoryId, n: count() })
          .from(participants)
          .where(inOrg(participants, orgId, and(eq(participants.status, 'attended'), inArray(participants.trajectoryId, ids))))
          .groupBy(participants.trajectoryId),
    database.select({ status: actions.status, dueOn: actions.dueOn }).from(actions).where(inOrg(actions, orgId)),
    ids.length === 0
      ? []
      : database
          .select({ trajectoryId: meetings.trajectoryId, kind: meetings.kind, date: meetings.date })
          .from(meetings)
          .where(inOrg(meetings, orgId, inArray(meetings.kind, ['mirror', 'feedback']), inArray(meetings.trajectoryId, ids))),
  ]);
  const parentsOf = new Map(attended.map((r) => [r.trajectoryId, Number(r.n)]));
  const dateOf = (trajectoryId: string, kind: 'mirror' | 'feedback') =>
    meetingRows.find((m) => m.trajectoryId === trajectoryId && m.kind === kind)?.date ?? null;
  const intervals = feedbackIntervals(
    ids.map((id) => ({ mirror: dateOf(id, 'mirror'), feedback: dateOf(id, 'feedback') })),
    today,
  );

  const perTeam = new Map<string, TeamFigures>();
  for (const t of counted) {
    const key = t.team?.name ?? '';
    const figures = perTeam.get(key) ?? { team: t.team, trajectories: 0, parents: 0 };
    figures.trajectories++;
    figures.parents += parentsOf.get(t.id) ?? 0;
    perTeam.set(key, figures);
  }
  return {
    steps: trajectoriesPerStep(counted),
    reflections: items.length - counted.length,
    parents: counted.reduce((sum, t) => sum + (parentsOf.get(t.id) ?? 0), 0),
    perTeam: [...perTeam.values()].sort((a, b) => (a.team === null ? 1 : b.team === null ? -1 : a.team.name.localeCompare(b.team.name, 'nl'))),
    actions: actionCounts(actionRows, today),
    feedback: { medianDays: median(intervals), trajectories: intervals.length },
  };
}
