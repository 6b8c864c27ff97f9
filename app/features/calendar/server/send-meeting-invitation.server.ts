import type { MeetingKind } from '#app/features/calendar/domain/meetings';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import type { OrgScope } from '#app/db/scope.server';
import { createTranslator, type Locale } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { getMeetingFile } from './meeting-file.server';

/**
 * Mails everyone with a role in the trajectory an invitation with the meeting's .ics attached,
 * written in the sender's language. 404 when the meeting has no date. Returns how many were sent.
 */
export async function sendMeetingInvitation({
  orgId,
  actor,
  trajectoryId,
  kind,
  locale,
  senderName,
}: OrgScope & { trajectoryId: string; kind: MeetingKind; locale: Locale; senderName: string }): Promise<number> {
  const file = await getMeetingFile({ orgId, actor, trajectoryId, kind, locale });
  const people = await listTrajectoryPeople({ orgId, actor, trajectoryId });
  const t = createTranslator(locale);
  for (const person of people) {
    await sendMail({
      to: person.email,
      subject: t('calendar.inviteMailSubject', { meeting: file.meeting, when: file.when }),
      text: t('calendar.inviteMailBody', {
        name: person.name || person.email,
        sender: senderName,
        meeting: file.meeting,
        trajectory: file.trajectoryTitle,
        when: file.when,
        place: file.place,
        url: file.url,
      }),
      attachments: [{ filename: file.filename, content: file.content, contentType: 'text/calendar; charset=utf-8; method=PUBLISH' }],
    });
  }
  return people.length;
}
