import { and, eq, isNull } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { meetingFile, rememberInvitees } from '#app/features/calendar/server/calendar-records.server';
import { type MailAttachment, sendMail } from '#app/mail/send-mail.server';
import { notFound } from '#app/utils/http.server';
import { composeInvitation } from '../domain/invitation';
import { LISTENER_MEETINGS } from '../domain/rsvp';
import { invitationContext, listenerLinkUrl, theListener } from './listener-records.server';

/** The .ics of each meeting a listener is invited to that has a date (issue 14, item 7), pointing at their own page. */
async function calendarFiles(scope: TrajectoryScope, link: string) {
  const files = (await Promise.all(LISTENER_MEETINGS.map((kind) => meetingFile({ ...scope, kind, locale: 'nl', link })))).filter((file) => file !== null);
  const attachments: MailAttachment[] = files.map((file) => ({
    filename: file.filename,
    content: file.content,
    contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  }));
  return { files, attachments };
}

export type InviteOutcome = { sent: number; noEmail: number; failed: number };

/**
 * Mails personal invitations: to one listener (again, if asked) or to everyone not invited yet.
 * invitedAt is set per listener only after their mail went out, so a mail error never leaves a
 * listener marked as invited.
 */
export async function inviteListeners(input: TrajectoryScope & { listenerId?: string; send?: typeof sendMail }): Promise<InviteOutcome> {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, listenerId, send = sendMail } = input;
  const database = await db();
  const { ctx } = await invitationContext(input);
  const targets = await database
    .select({ id: listeners.id, name: listeners.name, email: listeners.email, linkToken: listeners.linkToken })
    .from(listeners)
    .where(listenerId ? theListener(input, listenerId) : inOrg(listeners, orgId, and(eq(listeners.trajectoryId, trajectoryId), isNull(listeners.invitedAt))));
  if (listenerId && targets.length === 0) notFound();

  const outcome: InviteOutcome = { sent: 0, noEmail: 0, failed: 0 };
  for (const listener of targets) {
    if (!listener.email) {
      outcome.noEmail += 1;
      continue;
    }
    const link = listenerLinkUrl(listener.linkToken);
    try {
      const calendar = await calendarFiles(input, link);
      await send({ ...composeInvitation(ctx, { name: listener.name, email: listener.email, link }), attachments: calendar.attachments, lang: 'nl', orgId });
      // A changed date or place of these meetings is mailed to them too (issue 17).
      for (const file of calendar.files)
        await rememberInvitees(database, orgId, file.meetingId, file.ics.sequence ?? 0, [{ email: listener.email, name: listener.name, locale: 'nl', link }]);
    } catch (error) {
      console.error(`[listeners] invitation to listener ${listener.id} failed`, error);
      outcome.failed += 1;
      continue;
    }
    await database
      .update(listeners)
      .set({ invitedAt: new Date() })
      .where(inOrg(listeners, orgId, eq(listeners.id, listener.id)));
    outcome.sent += 1;
  }
  return outcome;
}
