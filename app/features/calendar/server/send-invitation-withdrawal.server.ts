import { and, eq, isNotNull } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '#app/db/client.server';
import { meetingInvitees } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { withdrawalMail } from '#app/features/calendar/domain/invitation-mail';
import { meetingIcs } from '#app/features/calendar/domain/meeting-ics';
import { createTranslator, isLocale } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { meetingEntry, meetingRow, organizerOf } from './calendar-records.server';

const payloadSchema = z.object({
  orgId: z.uuid(),
  inviteeId: z.uuid(),
  sequence: z.number().int().positive(),
  slot: z.object({ date: z.string(), startTime: z.string() }),
});

/**
 * The job behind a withdrawn invitation (withdraw-invitations.server.ts): mails the one person
 * who lost their role the cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the entry they hold,
 * with the SEQUENCE chosen when the role went, in their own language, and then forgets them as an
 * invitee. Nothing when they were invited again meanwhile, or the meeting is gone. Answers how
 * many were sent (0 or 1).
 */
export async function sendInvitationWithdrawal(payload: Record<string, unknown>, send: typeof sendMail = sendMail): Promise<number> {
  const { orgId, inviteeId, sequence, slot } = payloadSchema.parse(payload);
  const database = await db();
  const [invitee] = await database
    .select()
    .from(meetingInvitees)
    .where(inOrg(meetingInvitees, orgId, and(eq(meetingInvitees.id, inviteeId), isNotNull(meetingInvitees.withdrawnAt))));
  if (!invitee) return 0;
  const row = await meetingRow({ orgId, meetingId: invitee.meetingId }, database);
  if (!row) return 0;
  const locale = isLocale(invitee.locale) ? invitee.locale : 'nl';
  const t = createTranslator(locale);
  const entry = meetingEntry(row, locale, { slot });
  const recipient = { name: invitee.name, email: invitee.email };
  const mail = withdrawalMail(t, { recipient, meeting: entry.meeting, trajectory: entry.trajectoryTitle, when: entry.when });
  const content = meetingIcs(
    { ...entry.ics, sequence, organizer: organizerOf(row.orgName), attendee: { name: invitee.name || invitee.email, email: invitee.email } },
    'CANCEL',
  );
  await send({ to: invitee.email, ...mail, lang: locale, orgId, icalEvent: { method: 'CANCEL', content, filename: entry.filename } });
  await database.delete(meetingInvitees).where(inOrg(meetingInvitees, orgId, and(eq(meetingInvitees.id, invitee.id), isNotNull(meetingInvitees.withdrawnAt))));
  return 1;
}
