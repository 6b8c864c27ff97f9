// Shared by the trajectory operations that show progress (list, overview, step 5): not for routes or other features.
import { and, count, eq, inArray, isNotNull, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { TrajectoryRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import {
  actions,
  agendaItems,
  agendaReactions,
  boardIdeas,
  boardMembers,
  boardNotes,
  boardPledges,
  boards,
  conversations,
  flyerTexts,
  minutes,
  minuteNotes,
  participantConsents,
  goalReviews,
  listenerPlan,
  listeners,
  meetings,
  parentFeedback,
  parentLinks,
  participants,
  partners,
  prepMeetings,
  programBlocks,
  questions,
  runSheetTasks,
  statements,
  trajectoryRoles,
} from '#app/db/schema';
import { questionsSummary } from '#app/features/questions/domain/summary';
import { EMPTY_PREPARATION, type PreparationFacts } from '#app/features/trajectory/domain/preparation';
import {
  EMPTY_FEEDBACK,
  EMPTY_FOLLOW_UP,
  EMPTY_MEETING,
  type FeedbackFacts,
  type FollowUpFacts,
  type MeetingFacts,
} from '#app/features/trajectory/domain/step-overview';
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
  | 'agendaSharedAt'
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
      // Held: on or before today in Amsterdam. A meeting planned for next week is not held yet.
      .where(inOrg(prepMeetings, orgId, and(inArray(prepMeetings.trajectoryId, ids), lte(prepMeetings.heldOn, todayInAmsterdam()))))
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

  const [preparation, meeting, followUp, feedback] = await Promise.all([
    gatherPreparationFacts(orgId, ids),
    gatherMeetingFacts(orgId, ids),
    gatherFollowUpFacts(orgId, ids),
    gatherFeedbackFacts(orgId, ids),
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
      preparation: preparation.get(t.id) ?? EMPTY_PREPARATION,
      meeting: meeting.get(t.id) ?? EMPTY_MEETING,
      followUp: followUp.get(t.id) ?? EMPTY_FOLLOW_UP,
      feedback: { ...(feedback.get(t.id) ?? EMPTY_FEEDBACK), shared: t.agendaSharedAt !== null },
    });
  }
  return facts;
}

/** Step 5's counts per trajectory: grouped queries over its tables, never personal data. */
async function gatherPreparationFacts(orgId: string, ids: string[]): Promise<Map<string, PreparationFacts>> {
  const database = await db();
  const [meetingRows, programRows, taskRows, participantRows, flyerRows, listenerRows, questionRows] = await Promise.all([
    database
      .select({
        tid: meetings.trajectoryId,
        kind: meetings.kind,
        date: meetings.date,
        startTime: meetings.startTime,
        venueName: meetings.venueName,
        checklist: meetings.checklist,
      })
      .from(meetings)
      .where(inOrg(meetings, orgId, inArray(meetings.trajectoryId, ids))),
    database
      .selectDistinct({ tid: meetings.trajectoryId, kind: meetings.kind })
      .from(programBlocks)
      .innerJoin(meetings, eq(meetings.id, programBlocks.meetingId))
      .where(inOrg(programBlocks, orgId, inArray(meetings.trajectoryId, ids))),
    database
      .select({ tid: runSheetTasks.trajectoryId, n: count(), done: sql<number>`count(*) filter (where ${runSheetTasks.done})` })
      .from(runSheetTasks)
      .where(inOrg(runSheetTasks, orgId, inArray(runSheetTasks.trajectoryId, ids)))
      .groupBy(runSheetTasks.trajectoryId),
    database
      .select({ tid: participants.trajectoryId, status: participants.status, n: count() })
      .from(participants)
      .where(inOrg(participants, orgId, inArray(participants.trajectoryId, ids)))
      .groupBy(participants.trajectoryId, participants.status),
    database
      .select({ tid: flyerTexts.trajectoryId, n: count() })
      .from(flyerTexts)
      .where(inOrg(flyerTexts, orgId, and(inArray(flyerTexts.trajectoryId, ids), sql`${flyerTexts.title} <> ''`)))
      .groupBy(flyerTexts.trajectoryId),
    database
      .select({
        tid: listeners.trajectoryId,
        n: count(),
        invited: count(listeners.invitedAt),
        yesMirror: sql<number>`count(*) filter (where ${listeners.rsvpMirror} = 'yes')`,
        yesFollowUp: sql<number>`count(*) filter (where ${listeners.rsvpFollowUp} = 'yes')`,
      })
      .from(listeners)
      .where(inOrg(listeners, orgId, inArray(listeners.trajectoryId, ids)))
      .groupBy(listeners.trajectoryId),
    database
      .select({ tid: questions.trajectoryId, status: questions.status, domains: questions.domains })
      .from(questions)
      .where(inOrg(questions, orgId, inArray(questions.trajectoryId, ids))),
  ]);

  const result = new Map<string, PreparationFacts>();
  for (const tid of ids) {
    const tasks = taskRows.find((r) => r.tid === tid);
    const listenerRow = listenerRows.find((r) => r.tid === tid);
    const counts = { ...EMPTY_PREPARATION.participants };
    for (const row of participantRows) if (row.tid === tid) counts[row.status] = Number(row.n);
    result.set(tid, {
      meetings: meetingRows.filter((m) => m.tid === tid),
      programs: programRows.filter((p) => p.tid === tid).map((p) => p.kind),
      runSheet: { open: Number(tasks?.n ?? 0) - Number(tasks?.done ?? 0), done: Number(tasks?.done ?? 0) },
      participants: counts,
      flyerLanguages: Number(flyerRows.find((r) => r.tid === tid)?.n ?? 0),
      listeners: {
        total: Number(listenerRow?.n ?? 0),
        invited: Number(listenerRow?.invited ?? 0),
        yesMirror: Number(listenerRow?.yesMirror ?? 0),
        yesFollowUp: Number(listenerRow?.yesFollowUp ?? 0),
      },
      questions: questionsSummary(questionRows.filter((q) => q.tid === tid)),
    });
  }
  return result;
}

/** Step 6's progress per trajectory: check-ins, the console's phase, notes and whether the minutes are final. */
async function gatherMeetingFacts(orgId: string, ids: string[]): Promise<Map<string, MeetingFacts>> {
  const database = await db();
  const [checkIns, phases, notes, finals] = await Promise.all([
    database
      .select({ tid: participantConsents.trajectoryId, n: count(participantConsents.checkedInAt) })
      .from(participantConsents)
      .where(inOrg(participantConsents, orgId, inArray(participantConsents.trajectoryId, ids)))
      .groupBy(participantConsents.trajectoryId),
    database
      .select({ tid: conversations.trajectoryId, phase: sql<string | null>`${conversations.state}->>'phase'` })
      .from(conversations)
      .where(inOrg(conversations, orgId, inArray(conversations.trajectoryId, ids))),
    database
      .select({ tid: minuteNotes.trajectoryId, n: count() })
      .from(minuteNotes)
      .where(inOrg(minuteNotes, orgId, inArray(minuteNotes.trajectoryId, ids)))
      .groupBy(minuteNotes.trajectoryId),
    database
      .select({ tid: minutes.trajectoryId, status: minutes.status })
      .from(minutes)
      .where(inOrg(minutes, orgId, inArray(minutes.trajectoryId, ids))),
  ]);
  const phasesKnown = new Set<string>(['notStarted', 'conversation', 'firstReactions', 'ended']);
  const result = new Map<string, MeetingFacts>();
  for (const tid of ids) {
    const phase = phases.find((p) => p.tid === tid)?.phase ?? 'notStarted';
    result.set(tid, {
      checkedIn: Number(checkIns.find((c) => c.tid === tid)?.n ?? 0),
      conversationPhase: (phasesKnown.has(phase) ? phase : 'notStarted') as MeetingFacts['conversationPhase'],
      notes: Number(notes.find((n) => n.tid === tid)?.n ?? 0),
      minutesFinalised: finals.find((f) => f.tid === tid)?.status === 'finalised',
    });
  }
  return result;
}

/** Step 7's progress per trajectory: the board's phase and counts; never texts, names or addresses. */
async function gatherFollowUpFacts(orgId: string, ids: string[]): Promise<Map<string, FollowUpFacts>> {
  const database = await db();
  const perBoard = (table: typeof boardMembers | typeof boardNotes | typeof boardIdeas | typeof boardPledges, only?: SQL) =>
    database
      .select({ tid: boards.trajectoryId, n: count() })
      .from(table)
      .innerJoin(boards, eq(boards.id, table.boardId))
      .where(inOrg(table, orgId, and(inArray(boards.trajectoryId, ids), only)))
      .groupBy(boards.trajectoryId);
  const [boardRows, members, notes, ideas, pledges, items] = await Promise.all([
    database
      .select({ tid: boards.trajectoryId, phase: boards.phase })
      .from(boards)
      .where(inOrg(boards, orgId, inArray(boards.trajectoryId, ids))),
    perBoard(boardMembers),
    // The notes the room saw: not those the facilitator hid, nor those still waiting for "Tonen".
    perBoard(boardNotes, and(isNull(boardNotes.hiddenAt), isNotNull(boardNotes.shownAt))),
    perBoard(boardIdeas),
    perBoard(boardPledges),
    database
      .select({ tid: agendaItems.trajectoryId, n: count() })
      .from(agendaItems)
      .where(inOrg(agendaItems, orgId, inArray(agendaItems.trajectoryId, ids)))
      .groupBy(agendaItems.trajectoryId),
  ]);
  const countOf = (rows: { tid: string; n: number }[], tid: string) => Number(rows.find((r) => r.tid === tid)?.n ?? 0);
  const result = new Map<string, FollowUpFacts>();
  for (const row of boardRows) {
    result.set(row.tid, {
      phase: row.phase,
      members: countOf(members, row.tid),
      notes: countOf(notes, row.tid),
      ideas: countOf(ideas, row.tid),
      pledges: countOf(pledges, row.tid),
      agendaItems: countOf(items, row.tid),
    });
  }
  return result;
}

/** Step 8's progress per trajectory: counts of agreed items, parents' links and reactions, and actions. */
async function gatherFeedbackFacts(orgId: string, ids: string[]): Promise<Map<string, Omit<FeedbackFacts, 'shared'>>> {
  const database = await db();
  const agreed = and(inArray(agendaItems.trajectoryId, ids), eq(agendaItems.status, 'agreed'));
  const [items, links, reactedByItem, reactedInGeneral, actionRows] = await Promise.all([
    database
      .select({ tid: agendaItems.trajectoryId, n: count() })
      .from(agendaItems)
      .where(inOrg(agendaItems, orgId, agreed))
      .groupBy(agendaItems.trajectoryId),
    database
      .select({ tid: parentLinks.trajectoryId, n: count() })
      .from(parentLinks)
      .where(inOrg(parentLinks, orgId, inArray(parentLinks.trajectoryId, ids)))
      .groupBy(parentLinks.trajectoryId),
    database
      .selectDistinct({ tid: agendaItems.trajectoryId, participantId: agendaReactions.participantId })
      .from(agendaReactions)
      .innerJoin(agendaItems, eq(agendaItems.id, agendaReactions.itemId))
      .where(inOrg(agendaReactions, orgId, inArray(agendaItems.trajectoryId, ids))),
    database
      .select({ tid: parentFeedback.trajectoryId, participantId: parentFeedback.participantId })
      .from(parentFeedback)
      .where(inOrg(parentFeedback, orgId, inArray(parentFeedback.trajectoryId, ids))),
    database
      .select({
        tid: actions.trajectoryId,
        n: count(),
        done: sql<number>`count(*) filter (where ${actions.status} = 'done')`,
        items: sql<number>`count(distinct ${actions.agendaItemId}) filter (where ${agendaItems.status} = 'agreed')`,
      })
      .from(actions)
      .leftJoin(agendaItems, eq(agendaItems.id, actions.agendaItemId))
      .where(inOrg(actions, orgId, inArray(actions.trajectoryId, ids)))
      .groupBy(actions.trajectoryId),
  ]);
  const countOf = (rows: { tid: string; n: number }[], tid: string) => Number(rows.find((r) => r.tid === tid)?.n ?? 0);
  const result = new Map<string, Omit<FeedbackFacts, 'shared'>>();
  for (const tid of ids) {
    const reacted = new Set([...reactedByItem, ...reactedInGeneral].filter((r) => r.tid === tid).map((r) => r.participantId));
    const action = actionRows.find((r) => r.tid === tid);
    result.set(tid, {
      agreedItems: countOf(items, tid),
      parentLinks: countOf(links, tid),
      parentsReacted: reacted.size,
      itemsWithAction: Number(action?.items ?? 0),
      actions: Number(action?.n ?? 0),
      actionsDone: Number(action?.done ?? 0),
    });
  }
  return result;
}
