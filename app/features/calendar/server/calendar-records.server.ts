// Reads shared by the calendar operations. Not for routes or other features.
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { db, type Db, type Tx } from '#app/db/client.server';
import { meetingInvitees, meetings, organisations, schoolHolidays, trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { meetingIcs, type MeetingIcsInput } from '#app/features/calendar/domain/meeting-ics';
import { type HolidayFile, replaces } from '#app/features/calendar/domain/rijksoverheid-holidays';
import { placeOf } from '#app/features/calendar/domain/meeting-sequence';
import { SCHOOL_HOLIDAYS_NL, sourceOf } from '#app/features/calendar/domain/school-holidays-nl';
import { MEETING_DURATION_MINUTES, type MeetingKind } from '#app/features/calendar/domain/meetings';
import { feedbackFormLabel, isFeedbackForm, meetingInSentence, meetingLabel } from '#app/features/calendar/ui/labels';
import { createTranslator } from '#app/i18n/catalogue.server';
import { formatDate, type Locale } from '#app/i18n/i18n';
import { config } from '#app/utils/config.server';

export type MeetingFile = {
  filename: string;
  content: string;
  meeting: string;
  trajectoryTitle: string;
  when: string;
  place: string;
  url: string;
};

/**
 * Gives an organisation its own copy of the shipped school holidays the first time they are
 * needed. Runs inside the caller's transaction; the organisation row is locked so two first
 * visits at once do not copy twice. (An organisation that removes every row gets the list back.)
 */
export async function ensureSchoolHolidays(tx: Tx, orgId: string): Promise<void> {
  await tx.select({ id: organisations.id }).from(organisations).where(eq(organisations.id, orgId)).for('update');
  const [row] = await tx.select({ n: count() }).from(schoolHolidays).where(inOrg(schoolHolidays, orgId));
  if ((row?.n ?? 0) > 0) return;
  await tx.insert(schoolHolidays).values(
    SCHOOL_HOLIDAYS_NL.map((h) => ({
      orgId,
      region: h.region,
      name: h.name,
      startsOn: h.startsOn,
      endsOn: h.endsOn,
      schoolYear: h.schoolYear,
      source: sourceOf(h),
    })),
  );
}

/** What the list of the Rijksoverheid's rows says as their source. */
export const RIJKSOVERHEID_SOURCE = 'Rijksoverheid, open data schoolvakanties';

/**
 * Puts the holidays of a government open data file in the organisation's list, in the caller's
 * transaction: each replaces the rows of the same school year and holiday whose region overlaps
 * (imported or shipped, checked or not). A holiday whose rows include one an admin added or
 * changed (`editedAt`) is skipped: the admin's word wins (decision 0025). A row already read from
 * the same version of the file with the same days stays as it is, so a daily fetch of an
 * unchanged file changes nothing. Answers how many holidays the file has.
 */
export async function applyHolidayFile(tx: Tx, orgId: string, file: HolidayFile, now: Date): Promise<number> {
  await ensureSchoolHolidays(tx, orgId);
  const years = [...new Set(file.holidays.map((h) => h.schoolYear))];
  if (years.length === 0) return 0;
  const current = await tx
    .select({
      id: schoolHolidays.id,
      schoolYear: schoolHolidays.schoolYear,
      name: schoolHolidays.name,
      region: schoolHolidays.region,
      startsOn: schoolHolidays.startsOn,
      endsOn: schoolHolidays.endsOn,
      origin: schoolHolidays.origin,
      sourceDate: schoolHolidays.sourceDate,
      editedAt: schoolHolidays.editedAt,
    })
    .from(schoolHolidays)
    .where(inOrg(schoolHolidays, orgId, inArray(schoolHolidays.schoolYear, years)));
  const sameVersion = (date: Date | null) => (date?.getTime() ?? null) === (file.lastModified?.getTime() ?? null);
  const changed = file.holidays.filter((h) => {
    const rows = current.filter((row) => replaces(h, row));
    if (rows.some((row) => row.editedAt)) return false;
    const [row] = rows;
    const unchanged =
      rows.length === 1 &&
      row!.origin === 'rijksoverheid' &&
      row!.region === h.region &&
      row!.startsOn === h.startsOn &&
      row!.endsOn === h.endsOn &&
      sameVersion(row!.sourceDate);
    return !unchanged;
  });
  const replaced = current.filter((row) => changed.some((h) => replaces(h, row))).map((row) => row.id);
  if (replaced.length > 0) await tx.delete(schoolHolidays).where(inOrg(schoolHolidays, orgId, inArray(schoolHolidays.id, replaced)));
  if (changed.length > 0) {
    await tx.insert(schoolHolidays).values(
      changed.map((h) => ({
        orgId,
        ...h,
        source: RIJKSOVERHEID_SOURCE,
        origin: 'rijksoverheid' as const,
        sourceUrl: file.dataUrl,
        sourceDate: file.lastModified,
        recordedAt: now,
      })),
    );
  }
  return file.holidays.length;
}

type MeetingRow = typeof meetings.$inferSelect;

/** Who the scheduling messages come from: the organisation, at the sending address. */
export function organizerOf(orgName: string): { name: string; email: string } {
  const address = /<([^>]+)>/.exec(config.mailFrom)?.[1] ?? config.mailFrom.trim();
  return { name: orgName || 'Spiegel', email: address };
}

/**
 * The calendar entry of a meeting (its date, or the date given, e.g. the one a cancellation takes
 * away) and what a mail says about it, in one language.
 */
export function meetingEntry(
  row: { meeting: MeetingRow; trajectoryTitle: string; orgSlug: string },
  locale: Locale,
  { link, slot }: { link?: string; slot?: { date: string; startTime: string } } = {},
): MeetingFile & { ics: MeetingIcsInput; day: string } {
  const { meeting, trajectoryTitle } = row;
  const kind = meeting.kind;
  const day = slot?.date ?? meeting.date!;
  const startTime = slot?.startTime ?? meeting.startTime;
  const t = createTranslator(locale);
  const url = link || `${config.appUrl}/o/${row.orgSlug}/t/${meeting.trajectoryId}/dates`;
  const name = t(meetingLabel[kind]);
  const form = kind === 'feedback' && isFeedbackForm(meeting.form) ? t(feedbackFormLabel[meeting.form]) : '';
  const place = placeOf(meeting.venueName, meeting.venueAddress);
  const ics: MeetingIcsInput = {
    uid: `${meeting.id}@spiegel`,
    title: t('calendar.icsTitle', { meeting: name, trajectory: trajectoryTitle }),
    description: form
      ? t('calendar.icsDescriptionFeedback', { meeting: name, trajectory: trajectoryTitle, form, url })
      : t('calendar.icsDescription', { meeting: name, trajectory: trajectoryTitle, url }),
    location: place,
    day,
    startTime,
    durationMinutes: MEETING_DURATION_MINUTES[kind],
    url,
    sequence: meeting.sequence,
    lastModified: meeting.updatedAt,
  };
  const dateText = formatDate(day, locale);
  return {
    filename: `${kind.replace('_', '-')}-${day}.ics`,
    content: meetingIcs(ics),
    ics,
    day,
    meeting: meetingInSentence(t, kind),
    trajectoryTitle,
    when: startTime ? t('calendar.whenTime', { date: dateText, time: startTime }) : dateText,
    place: place || t('calendar.placeUnknown'),
    url,
  };
}

/** A meeting with its trajectory's title and organisation's slug and name, by kind or by id. */
export async function meetingRow(
  where: { orgId: string } & ({ trajectoryId: string; kind: MeetingKind } | { meetingId: string }),
  reader?: Db | Tx,
): Promise<{ meeting: MeetingRow; trajectoryTitle: string; orgSlug: string; orgName: string } | null> {
  const [row] = await (reader ?? (await db()))
    .select({ meeting: meetings, trajectoryTitle: trajectories.title, orgSlug: organisations.slug, orgName: organisations.name })
    .from(meetings)
    .innerJoin(trajectories, and(eq(trajectories.id, meetings.trajectoryId), eq(trajectories.orgId, meetings.orgId)))
    .innerJoin(organisations, eq(organisations.id, meetings.orgId))
    .where(
      'meetingId' in where
        ? inOrg(meetings, where.orgId, eq(meetings.id, where.meetingId))
        : inOrg(meetings, where.orgId, eq(meetings.trajectoryId, where.trajectoryId), eq(meetings.kind, where.kind)),
    );
  return row ?? null;
}

/** The .ics file of one meeting of the trajectory, with what an invitation says about it; null when it has no date yet. */
export async function meetingFile({
  orgId,
  trajectoryId,
  kind,
  locale,
  link,
}: {
  orgId: string;
  trajectoryId: string;
  kind: MeetingKind;
  locale: Locale;
  /** The address in the calendar entry; the trajectory's dates page unless given (a listener's own page). */
  link?: string;
}): Promise<(MeetingFile & { ics: MeetingIcsInput; meetingId: string; orgName: string }) | null> {
  const row = await meetingRow({ orgId, trajectoryId, kind });
  if (!row?.meeting.date) return null;
  return { ...meetingEntry(row, locale, { link }), meetingId: row.meeting.id, orgName: row.orgName };
}

/**
 * Remembers who was mailed a meeting's calendar entry, with the SEQUENCE it had, so a later change
 * or cancellation reaches them (one row per meeting and address; the newest invitation wins).
 */
export async function rememberInvitees(
  writer: Db | Tx,
  orgId: string,
  meetingId: string,
  sequence: number,
  people: { email: string; name: string; locale: string; link?: string }[],
): Promise<void> {
  for (const person of people) {
    // Invited again after losing a role: an invitee once more.
    const values = { name: person.name, locale: person.locale, link: person.link ?? '', sequence, withdrawnAt: null };
    await writer
      .insert(meetingInvitees)
      .values({ orgId, meetingId, email: person.email, ...values })
      .onConflictDoUpdate({ target: [meetingInvitees.meetingId, meetingInvitees.email], set: values, setWhere: sql`${meetingInvitees.orgId} = ${orgId}` });
  }
}
