// Shared reads of the report operations: the minutes report as it would be exported now, and the guard over it.
import { asc, eq } from 'drizzle-orm';
import { db, type Tx } from '#app/db/client.server';
import { minuteNotes, minutes, organisations, participants } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator, formatDate } from '#app/i18n/i18n';
import { knownIdentifiers } from '#app/privacy/known-identifiers.server';
import { minutesReport } from '../domain/minutes-report';
import type { Report } from '../domain/report';
import type { ReportKind } from '../domain/report-kinds';
import { leakPlaces, type LeakPlace } from '../domain/report-guard';

/** Reports are written in Dutch: the notes and quotes are. */
export const reportT = createTranslator('nl');

export type GuardedReport = { report: Report; places: LeakPlace[] };

export async function orgName(orgId: string): Promise<string> {
  const [org] = await (await db()).select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  return org?.name ?? '';
}

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
      summary: minuteNotes.summary,
      quotes: minuteNotes.quotes,
      consentWithdrawnAt: minuteNotes.consentWithdrawnAt,
      createdAt: minuteNotes.createdAt,
    })
    .from(minuteNotes)
    .leftJoin(participants, eq(participants.id, minuteNotes.participantId))
    .where(inOrg(minuteNotes, scope.orgId, eq(minuteNotes.trajectoryId, trajectory.id)))
    .orderBy(asc(minuteNotes.createdAt));
  return minutesReport({
    t: reportT,
    orgName: await orgName(scope.orgId),
    trajectoryTitle: trajectory.title,
    finalisedOn: state.finalisedAt ? formatDate(state.finalisedAt, 'nl') : '',
    notes: notes.map(({ consentWithdrawnAt, pseudonym, ...n }) => ({ ...n, pseudonym: pseudonym ?? '', withdrawn: !!consentWithdrawnAt })),
  });
}

/** A report by kind, or null when it cannot be made yet. */
export async function readReport(scope: TrajectoryScope, kind: ReportKind): Promise<Report | null> {
  switch (kind) {
    case 'minutes':
      return readMinutesReport(scope);
  }
}
