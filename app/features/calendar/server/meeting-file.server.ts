import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { meetings, organisations, trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { meetingIcs } from '#app/features/calendar/domain/meeting-ics';
import { MEETING_DURATION_MINUTES, type MeetingKind } from '#app/features/calendar/domain/meetings';
import { feedbackFormLabel, isFeedbackForm, meetingInSentence, meetingLabel } from '#app/features/calendar/ui/labels';
import { createTranslator, formatDate, type Locale } from '#app/i18n/i18n';
import { config } from '#app/utils/config.server';
import { notFound } from '#app/utils/http.server';

export type MeetingFile = {
  filename: string;
  content: string;
  meeting: string;
  trajectoryTitle: string;
  when: string;
  place: string;
  url: string;
};

/** The .ics file of one meeting of a trajectory in the organisation; 404 when it has no date yet. */
export async function getMeetingFile({
  orgId,
  trajectoryId,
  kind,
  locale,
}: OrgScope & { trajectoryId: string; kind: MeetingKind; locale: Locale }): Promise<MeetingFile> {
  const [row] = await (
    await db()
  )
    .select({ meeting: meetings, trajectoryTitle: trajectories.title, orgSlug: organisations.slug })
    .from(meetings)
    .innerJoin(trajectories, and(eq(trajectories.id, meetings.trajectoryId), eq(trajectories.orgId, meetings.orgId)))
    .innerJoin(organisations, eq(organisations.id, meetings.orgId))
    .where(inOrg(meetings, orgId, eq(meetings.trajectoryId, trajectoryId), eq(meetings.kind, kind)));
  if (!row?.meeting.date) notFound();
  const { meeting, trajectoryTitle } = row;
  const day = meeting.date!;
  const t = createTranslator(locale);
  const url = `${config.appUrl}/o/${row.orgSlug}/t/${trajectoryId}/dates`;
  const name = t(meetingLabel[kind]);
  const form = kind === 'feedback' && isFeedbackForm(meeting.form) ? t(feedbackFormLabel[meeting.form]) : '';
  const place = [meeting.venueName, meeting.venueAddress]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
  const content = meetingIcs({
    uid: `${meeting.id}@spiegel`,
    title: t('calendar.icsTitle', { meeting: name, trajectory: trajectoryTitle }),
    description: form
      ? t('calendar.icsDescriptionFeedback', { meeting: name, trajectory: trajectoryTitle, form, url })
      : t('calendar.icsDescription', { meeting: name, trajectory: trajectoryTitle, url }),
    location: place,
    day,
    startTime: meeting.startTime,
    durationMinutes: MEETING_DURATION_MINUTES[kind],
    url,
  });
  const dateText = formatDate(day, locale);
  return {
    filename: `${kind.replace('_', '-')}-${day}.ics`,
    content,
    meeting: meetingInSentence(t, kind),
    trajectoryTitle,
    when: meeting.startTime ? t('calendar.whenTime', { date: dateText, time: meeting.startTime }) : dateText,
    place: place || t('calendar.placeUnknown'),
    url,
  };
}
