import { z } from 'zod';
import { db } from '#app/db/client.server';
import { withdrawalMail } from '#app/features/calendar/domain/invitation-mail';
import { meetingIcs } from '#app/features/calendar/domain/meeting-ics';
import { createTranslator, isLocale } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { meetingEntry, meetingRow, organizerOf } from './calendar-records.server';

const payloadSchema = z.object({
  orgId: z.uuid(),
  meetingId: z.uuid(),
  sequence: z.number().int().positive(),
  slot: z.object({ date: z.string(), startTime: z.string() }),
  invitee: z.object({ email: z.string(), name: z.string(), locale: z.string() }),
});

/**
 * The job behind a withdrawn invitation (withdraw-invitations.server.ts): mails the one person
 * who lost their role the cancellation (METHOD:CANCEL, STATUS:CANCELLED) of the entry they hold,
 * with the SEQUENCE chosen when the role went, in their own language. Nothing when the meeting is
 * gone. Answers how many were sent (0 or 1).
 */
export async function sendInvitationWithdrawal(payload: Record<string, unknown>, send: typeof sendMail = sendMail): Promise<number> {
  const { orgId, meetingId, sequence, slot, invitee } = payloadSchema.parse(payload);
  const row = await meetingRow({ orgId, meetingId }, await db());
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
  return 1;
}
