// Shared reads of the report operations: the minutes report as it would be exported now, and the guard over it.
import { and, asc, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import { notFound } from '#app/utils/http.server';
import { db, type Tx } from '#app/db/client.server';
import { agendaItems, agendaItemTranslations, boardNotes, boardPledges, boards, boardThemes, minuteNotes, minutes, participants, voices } from '#app/db/schema';
import { getActionsPage } from '#app/features/actions/server/get-actions-page.server';
import { statusLabel } from '#app/features/actions/ui/status';
import { inAgendaOrder, inDraftOrder } from '#app/features/agenda/domain/agenda';
import { getTrajectoryOverview } from '#app/features/trajectory/server/get-trajectory-overview.server';
import { stateLabel } from '#app/features/trajectory/ui/labels';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { formatDate, todayInAmsterdam } from '#app/i18n/i18n';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { agendaPoster, agendaReport } from '../domain/agenda-report';
import { followUpReport } from '../domain/follow-up-report';
import { trajectoryReport } from '../domain/trajectory-report';
import { minutesReport } from '../domain/minutes-report';
import type { Report } from '../domain/report';
import type { ReportKind } from '../domain/report-kinds';
import { orgName } from '#app/db/org-name.server';
import { leakPlaces, type LeakPlace } from '../domain/report-guard';

/** Reports are written in Dutch: the notes and quotes are. */
export const reportT = createTranslator('nl');

export type GuardedReport = { report: Report; places: LeakPlace[] };

/** The report and every place in it the guard flags (an empty list: it may leave the app). */
export async function guarded(scope: TrajectoryScope, report: Report, tx?: Tx): Promise<GuardedReport> {
  return { report, places: leakPlaces(report, await knownIdentifiers(tx ?? (await db()), scope.orgId, scope.trajectoryId)) };
}

/** The minutes report, or null while the minutes are a draft. */
export async function readMinutesReport(scope: TrajectoryScope): Promise<Report | null> {
  const trajectory = await loadTrajectory(scope);
  const database = await db();
  const [state] = await database
    .select({ status: minutes.status, finalisedAt: minutes.finalisedAt })
    .from(minutes)
    .where(inOrg(minutes, scope.orgId, eq(minutes.trajectoryId, trajectory.id)));
  if (state?.status !== 'finalised') return null;
  const notes = await database
    .select({
      id: minuteNotes.id,
      questionKey: minuteNotes.questionKey,
      questionText: minuteNotes.questionText,
      kind: minuteNotes.kind,
      pseudonym: participants.pseudonym,
      voiceKind: voices.kind,
      voicePseudonym: voices.pseudonym,
      summary: minuteNotes.summary,
      quotes: minuteNotes.quotes,
      consentWithdrawnAt: minuteNotes.consentWithdrawnAt,
      createdAt: minuteNotes.createdAt,
    })
    .from(minuteNotes)
    .leftJoin(participants, eq(participants.id, minuteNotes.participantId))
    .leftJoin(voices, and(eq(voices.id, minuteNotes.voiceId), eq(voices.orgId, scope.orgId)))
    .where(inOrg(minuteNotes, scope.orgId, eq(minuteNotes.trajectoryId, trajectory.id)))
    .orderBy(asc(minuteNotes.createdAt));
  return minutesReport({
    t: reportT,
    orgName: await orgName(scope.orgId),
    trajectoryTitle: trajectory.title,
    finalisedOn: state.finalisedAt ? formatDate(state.finalisedAt, 'nl') : '',
    notes: notes.map(({ consentWithdrawnAt, pseudonym, voiceKind, voicePseudonym, ...n }) => ({
      ...n,
      // An answer given outside the group (X1) is marked as such, with the conversation's pseudonym.
      pseudonym: voiceKind ? [reportT(`voices.source_${voiceKind}`), voicePseudonym].filter(Boolean).join(': ') : (pseudonym ?? ''),
      withdrawn: !!consentWithdrawnAt,
    })),
  });
}

/** A report by kind (the agenda also in a parents' language), or null when it cannot be made (yet). */
export async function readReport(scope: TrajectoryScope, kind: ReportKind, language?: string): Promise<Report | null> {
  switch (kind) {
    case 'minutes':
      return readMinutesReport(scope);
    case 'follow-up':
      return readFollowUpReport(scope);
    case 'agenda':
      return readAgendaReport(scope, false, language);
    case 'agenda-poster':
      return readAgendaReport(scope, true, language);
    case 'trajectory':
      return readTrajectoryReport(scope);
  }
}

/** The follow-up session's results, or null until its board is closed. */
export async function readFollowUpReport(scope: TrajectoryScope): Promise<Report | null> {
  const trajectory = await loadTrajectory(scope);
  const database = await db();
  const [board] = await database
    .select({ id: boards.id, closedAt: boards.closedAt })
    .from(boards)
    .where(inOrg(boards, scope.orgId, eq(boards.trajectoryId, trajectory.id)));
  if (!board?.closedAt) return null;
  const onBoard = <T extends typeof boardThemes | typeof boardNotes | typeof boardPledges>(table: T) => inOrg(table, scope.orgId, eq(table.boardId, board.id));
  const themes = await database
    .select({ id: boardThemes.id, name: boardThemes.name })
    .from(boardThemes)
    .where(onBoard(boardThemes))
    .orderBy(asc(boardThemes.position), asc(boardThemes.createdAt));
  const notes = await database
    .select({ id: boardNotes.id, themeId: boardNotes.themeId, column: boardNotes.column, text: boardNotes.text })
    .from(boardNotes)
    // A note the facilitator hid is not part of what the board said.
    .where(and(onBoard(boardNotes), isNull(boardNotes.hiddenAt), isNotNull(boardNotes.shownAt)))
    .orderBy(asc(boardNotes.createdAt));
  const [pledges] = await database.select({ n: count() }).from(boardPledges).where(onBoard(boardPledges));
  // The board's ranking as it wrote it when it closed: its items on the change agenda, draft or agreed since.
  const items = await database
    .select({
      id: agendaItems.id,
      rank: agendaItems.rank,
      tied: agendaItems.tied,
      title: agendaItems.title,
      themeName: agendaItems.themeName,
      dots: agendaItems.dots,
    })
    .from(agendaItems)
    .where(inOrg(agendaItems, scope.orgId, eq(agendaItems.trajectoryId, trajectory.id)));
  return followUpReport({
    t: reportT,
    orgName: await orgName(scope.orgId),
    trajectoryTitle: trajectory.title,
    closedOn: formatDate(board.closedAt, 'nl'),
    themes,
    notes,
    top: inDraftOrder(items),
    pledges: pledges?.n ?? 0,
  });
}

/** The agenda for the parents (or its A3 poster), or null while no item is agreed on. */
export async function readAgendaReport(scope: TrajectoryScope, poster = false, language?: string): Promise<Report | null> {
  const trajectory = await loadTrajectory(scope);
  // Only the languages the workgroup chose for the parents.
  if (language && language !== 'nl' && !trajectory.feedbackLanguages.includes(language)) notFound();
  const database = await db();
  const items = await database
    .select({
      id: agendaItems.id,
      position: agendaItems.position,
      createdAt: agendaItems.createdAt,
      title: agendaItems.title,
      plainText: agendaItems.plainText,
      quotes: agendaItems.quotes,
    })
    .from(agendaItems)
    .where(inOrg(agendaItems, scope.orgId, and(eq(agendaItems.trajectoryId, trajectory.id), eq(agendaItems.status, 'agreed'))));
  if (items.length === 0) return null;
  const translations =
    language && language !== 'nl'
      ? await database
          .select({ itemId: agendaItemTranslations.itemId, text: agendaItemTranslations.text })
          .from(agendaItemTranslations)
          .where(
            inOrg(
              agendaItemTranslations,
              scope.orgId,
              and(
                eq(agendaItemTranslations.language, language),
                inArray(
                  agendaItemTranslations.itemId,
                  items.map((item) => item.id),
                ),
              ),
            ),
          )
      : [];
  const translated = new Map(translations.map((row) => [row.itemId, row.text]));
  return (poster ? agendaPoster : agendaReport)({
    t: reportT,
    orgName: await orgName(scope.orgId),
    trajectoryTitle: trajectory.title,
    date: (trajectory.agendaSharedAt ?? new Date()).toISOString(),
    items: inAgendaOrder(items).map((item) => ({ ...item, translations: new Map(translated.has(item.id) ? [[language!, translated.get(item.id)!]] : []) })),
    ...(language ? { language } : {}),
  });
}

/** The trajectory report for the coalition: always there, with the steps as the overview shows them. */
export async function readTrajectoryReport(scope: TrajectoryScope): Promise<Report> {
  const trajectory = await loadTrajectory(scope);
  const [{ steps, done }, actionsPage] = [await getTrajectoryOverview(scope), await getActionsPage(scope)];
  const t = reportT;
  const actions = [
    ...actionsPage.groups.flatMap((g) => g.actions.map((a) => ({ a, itemId: g.item.id, item: g.item.title }))),
    ...actionsPage.withoutItem.map((a) => ({ a, itemId: null, item: '' })),
  ];
  return trajectoryReport({
    t,
    orgName: await orgName(scope.orgId),
    trajectoryTitle: trajectory.title,
    date: formatDate(todayInAmsterdam(), 'nl'),
    stepsDone: done,
    steps: steps.map((step) => ({
      heading: t('trajectory.stepHeading', { step: step.step, name: t(step.name) }),
      state: t(stateLabel[step.state]),
      summary: t(step.summary, step.values),
    })),
    actions: actions.map(({ a, itemId, item }) => ({
      id: a.id,
      title: a.title,
      itemId,
      item,
      partner: a.partnerName ?? '',
      status: t(statusLabel[a.status]),
      dueOn: a.dueOn ? formatDate(a.dueOn, 'nl') : '',
    })),
  });
}
