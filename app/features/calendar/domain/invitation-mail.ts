// The text of the mails about a meeting: the invitation, its update and its cancellation.
import type { Translate } from '#app/i18n/i18n';

export type MailPerson = { userId?: string; name: string; email: string };

/** A name compared as people write it: case, spaces and accents aside ("Sanne de Vries" = "sanne De  Vries"). */
const comparable = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('nl').replace(/\s+/g, ' ').trim();

/** The same person: by account when both have one, else by address or by (non-empty) name. */
export function samePerson(a: MailPerson, b: MailPerson): boolean {
  if (a.userId && b.userId) return a.userId === b.userId;
  if (a.email && b.email && a.email.trim().toLowerCase() === b.email.trim().toLowerCase()) return true;
  return comparable(a.name) !== '' && comparable(a.name) === comparable(b.name);
}

/** "Beste Sanne de Vries," with the full name (tussenvoegsel kept as written), or "Hallo," without one. */
export function greeting(t: Translate, person: MailPerson): string {
  const name = person.name.replace(/\s+/g, ' ').trim();
  return name ? t('calendar.mailGreeting', { name }) : t('calendar.mailGreetingNoName');
}

export type MeetingMailFacts = { meeting: string; trajectory: string; when: string; place: string; url: string };

/**
 * The invitation. Whoever sends it is named once: a sender who is also on the list is not
 * greeted and then told that they invite themself.
 */
export function invitationMail(t: Translate, { recipient, sender, ...facts }: MeetingMailFacts & { recipient: MailPerson; sender: MailPerson }) {
  const self = samePerson(recipient, sender);
  const senderName = sender.name.trim() || sender.email;
  const intro = self ? t('calendar.inviteMailIntroSelf', facts) : t('calendar.inviteMailIntro', { ...facts, sender: senderName });
  return {
    subject: t('calendar.inviteMailSubject', facts),
    text: [greeting(t, recipient), intro, t('calendar.mailWhenWhere', facts), t('calendar.inviteMailFile'), t('calendar.mailMore', facts)].join('\n\n'),
  };
}

/** A new date, time or place; or the meeting is off (`previousWhen`: the date it had). */
export function changeMail(
  t: Translate,
  change: 'update' | 'cancel',
  { recipient, previousWhen, ...facts }: MeetingMailFacts & { recipient: MailPerson; previousWhen: string },
) {
  if (change === 'cancel')
    return {
      subject: t('calendar.cancelMailSubject', { ...facts, when: previousWhen }),
      text: [
        greeting(t, recipient),
        t('calendar.cancelMailIntro', { ...facts, when: previousWhen }),
        t('calendar.cancelMailFile'),
        t('calendar.mailMore', facts),
      ].join('\n\n'),
    };
  return {
    subject: t('calendar.updateMailSubject', facts),
    text: [
      greeting(t, recipient),
      t('calendar.updateMailIntro', facts),
      t('calendar.mailWhenWhere', facts),
      t('calendar.updateMailFile'),
      t('calendar.mailMore', facts),
    ].join('\n\n'),
  };
}

/**
 * The person no longer has a role that invited them (`when`: the date in their calendar). The
 * meeting itself goes on; no link, as the trajectory's pages are no longer theirs.
 */
export function withdrawalMail(t: Translate, { recipient, ...facts }: Omit<MeetingMailFacts, 'url' | 'place'> & { recipient: MailPerson }) {
  return {
    subject: t('calendar.withdrawMailSubject', facts),
    text: [greeting(t, recipient), t('calendar.withdrawMailIntro', facts), t('calendar.cancelMailFile')].join('\n\n'),
  };
}
