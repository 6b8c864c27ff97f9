import { and, eq, isNull, lt } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '#app/db/client.server';
import { meetingInvitees } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { changeMail } from '#app/features/calendar/domain/invitation-mail';
import { meetingIcs } from '#app/features/calendar/domain/meeting-ics';
import { createTranslator } from '#app/i18n/catalogue.server';
import { formatDate, isLocale } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { meetingEntry, meetingRow, organizerOf } from './calendar-records.server';

const payloadSchema = z.object({
  orgId: z.uuid(),
  meetingId: z.uuid(),
  sequence: z.number().int().nonnegative(),
  change: z.enum(['update', 'cancel']),
  previous: z.object({ date: z.string(), startTime: z.string() }).nullable(),
});

/**
 * The job behind a changed or cancelled meeting: mails each invitee who holds an older entry the
 * new one (METHOD:REQUEST) or the cancellation (METHOD:CANCEL, STATUS:CANCELLED), with the
 * meeting's SEQUENCE, in their own language. A job overtaken by a newer change does nothing: the
 * newer job sends the entry as it is now. A retry skips whoever got it already, and nobody whose
 * invitation was withdrawn (withdraw-invitations.server.ts) gets it.
 */
export async function sendMeetingChange(payload: Record<string, unknown>, send: typeof sendMail = sendMail): Promise<number> {
  const { orgId, meetingId, sequence, change, previous } = payloadSchema.parse(payload);
  const database = await db();
  const row = await meetingRow({ orgId, meetingId }, database);
  if (!row || row.meeting.sequence !== sequence) return 0;
  const slot = change === 'cancel' ? previous : row.meeting.date ? { date: row.meeting.date, startTime: row.meeting.startTime } : null;
  if (!slot) return 0;
  const invitees = await database
    .select()
    .from(meetingInvitees)
    .where(
      inOrg(meetingInvitees, orgId, and(eq(meetingInvitees.meetingId, meetingId), lt(meetingInvitees.sequence, sequence), isNull(meetingInvitees.withdrawnAt))),
    );
  const organizer = organizerOf(row.orgName);
  for (const invitee of invitees) {
    const locale = isLocale(invitee.locale) ? invitee.locale : 'nl';
    const t = createTranslator(locale);
    const entry = meetingEntry(row, locale, { link: invitee.link, slot });
    const previousWhen = previous
      ? previous.startTime
        ? t('calendar.whenTime', { date: formatDate(previous.date, locale), time: previous.startTime })
        : formatDate(previous.date, locale)
      : entry.when;
    const recipient = { name: invitee.name, email: invitee.email };
    const mail = changeMail(t, change, {
      recipient,
      previousWhen,
      meeting: entry.meeting,
      trajectory: entry.trajectoryTitle,
      when: entry.when,
      place: entry.place,
      url: entry.url,
    });
    const method = change === 'cancel' ? 'CANCEL' : 'REQUEST';
    const content = meetingIcs({ ...entry.ics, organizer, attendee: { name: invitee.name || invitee.email, email: invitee.email } }, method);
    await send({ to: invitee.email, ...mail, lang: locale, orgId, icalEvent: { method, content, filename: entry.filename } });
    await database
      .update(meetingInvitees)
      .set({ sequence })
      .where(inOrg(meetingInvitees, orgId, eq(meetingInvitees.id, invitee.id)));
  }
  return invitees.length;
}
