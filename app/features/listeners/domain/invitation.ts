// The personal invitation a listener gets by mail, with the rules of listening and both meetings.
import { createTranslator } from '#app/i18n/i18n';
import type { Mail } from '#app/mail/send-mail.server';
import { describeMeeting, type MeetingPlace } from './meeting-text';
import type { ListenerMeeting } from './rsvp';

export type InvitationContext = {
  orgName: string;
  trajectoryTitle: string;
  sender: string;
  meetings: Record<ListenerMeeting, MeetingPlace | null>;
};

/**
 * The personal invitation with the rules of listening. In Dutch: listeners are Dutch
 * professionals and volunteers, and we do not know their preferred language.
 */
export function composeInvitation(ctx: InvitationContext, listener: { name: string; email: string; link: string }): Mail {
  const t = createTranslator('nl');
  const mirror = describeMeeting(ctx.meetings.mirror, t, 'nl');
  const followUp = describeMeeting(ctx.meetings.follow_up, t, 'nl');
  const text = t('listeners.mailBody', {
    name: listener.name,
    org: ctx.orgName,
    trajectory: ctx.trajectoryTitle,
    mirrorWhen: mirror.when,
    mirrorWhere: mirror.where,
    followUpWhen: followUp.when,
    followUpWhere: followUp.where,
    link: listener.link,
    sender: ctx.sender,
  });
  return { to: listener.email, subject: t('listeners.mailSubject', { trajectory: ctx.trajectoryTitle }), text };
}
