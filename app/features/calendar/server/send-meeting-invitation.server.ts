import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { MeetingKind } from '#app/features/calendar/domain/meetings';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { createTranslator, type Locale } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { RuleError } from '#app/utils/rule-error';
import { meetingFile } from './calendar-records.server';

/**
 * Mails everyone with a role in the trajectory an invitation with the meeting's .ics attached,
 * written in the sender's language. Refused while the meeting has no date or nobody has a role.
 * Returns how many were sent.
 */
export async function sendMeetingInvitation({
  kind,
  locale,
  senderName,
  ...scope
}: TrajectoryScope & { kind: MeetingKind; locale: Locale; senderName: string }): Promise<number> {
  authorize(scope, 'trajectory.edit');
  const file = await meetingFile({ ...scope, kind, locale });
  if (!file) throw new RuleError('calendar.inviteNoDate');
  const people = await listTrajectoryPeople(scope);
  if (people.length === 0) throw new RuleError('calendar.inviteNobody');
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
