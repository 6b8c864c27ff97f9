import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { invitationMail } from '#app/features/calendar/domain/invitation-mail';
import { meetingIcs } from '#app/features/calendar/domain/meeting-ics';
import type { MeetingKind } from '#app/features/calendar/domain/meetings';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { isLocale, type Locale } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { RuleError } from '#app/utils/rule-error';
import { meetingFile, organizerOf, rememberInvitees } from './calendar-records.server';

/**
 * Mails everyone with a role in the trajectory an invitation (METHOD:REQUEST) with the meeting's
 * calendar entry, each in their own language, and remembers who was invited so a later change or
 * cancellation reaches them. Refused while the meeting has no date or nobody has a role.
 * Returns how many were sent.
 */
export async function sendMeetingInvitation({
  kind,
  locale,
  senderName,
  ...scope
}: TrajectoryScope & { kind: MeetingKind; locale: Locale; senderName: string }): Promise<number> {
  authorize(scope, 'trajectory.edit');
  const base = await meetingFile({ ...scope, kind, locale });
  if (!base) throw new RuleError('calendar.inviteNoDate');
  const people = await listTrajectoryPeople(scope);
  if (people.length === 0) throw new RuleError('calendar.inviteNobody');
  const sender = { userId: scope.actor.userId, name: senderName, email: '' };
  type File = NonNullable<Awaited<ReturnType<typeof meetingFile>>>;
  const files = new Map<Locale, File>([[locale, base]]);
  const recipients: { person: (typeof people)[number]; language: Locale; file: File }[] = [];
  for (const person of people) {
    const language = isLocale(person.locale) ? person.locale : 'nl';
    if (!files.has(language)) files.set(language, (await meetingFile({ ...scope, kind, locale: language }))!);
    recipients.push({ person, language, file: files.get(language)! });
  }
  // Who was invited, with the entry's SEQUENCE they hold, before any mail goes out.
  await (
    await db()
  ).transaction((tx) =>
    rememberInvitees(
      tx,
      scope.orgId,
      base.meetingId,
      base.ics.sequence ?? 0,
      recipients.map(({ person, language }) => ({ email: person.email, name: person.name, locale: language })),
    ),
  );
  const organizer = organizerOf(base.orgName);
  for (const { person, language, file } of recipients) {
    const t = createTranslator(language);
    const mail = invitationMail(t, {
      recipient: person,
      sender,
      meeting: file.meeting,
      trajectory: file.trajectoryTitle,
      when: file.when,
      place: file.place,
      url: file.url,
    });
    const content = meetingIcs({ ...file.ics, organizer, attendee: { name: person.name || person.email, email: person.email } }, 'REQUEST');
    await sendMail({ to: person.email, ...mail, lang: language, orgId: scope.orgId, icalEvent: { method: 'REQUEST', content, filename: file.filename } });
  }
  return people.length;
}
