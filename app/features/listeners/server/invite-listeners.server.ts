import { and, eq, isNull } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listeners, organisations, users } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { sendMail } from '#app/mail/send-mail.server';
import { notFound } from '#app/utils/http.server';
import { composeInvitation } from './compose-invitation.server';
import { findTrajectoryOr404 } from './find-trajectory.server';
import { listListenerMeetings } from './list-listener-meetings.server';
import { listenerLinkUrl } from './listener-link-url.server';

export type InviteOutcome = { sent: number; noEmail: number; failed: number };

/**
 * Mails personal invitations: to one listener (again, if asked) or to everyone not invited yet.
 * invitedAt is set per listener only after their mail went out, so a mail error never leaves a
 * listener marked as invited.
 */
export async function inviteListeners({
  orgId,
  actor,
  trajectoryId,
  listenerId,
  send = sendMail,
}: OrgScope & { trajectoryId: string; listenerId?: string; send?: typeof sendMail }): Promise<InviteOutcome> {
  const database = await db();
  const trajectory = await findTrajectoryOr404(database, orgId, trajectoryId);
  const ofTrajectory = eq(listeners.trajectoryId, trajectoryId);
  const targets = await database
    .select({ id: listeners.id, name: listeners.name, email: listeners.email, linkToken: listeners.linkToken })
    .from(listeners)
    .where(inOrg(listeners, orgId, listenerId ? and(ofTrajectory, eq(listeners.id, listenerId)) : and(ofTrajectory, isNull(listeners.invitedAt))));
  if (listenerId && targets.length === 0) notFound();

  const [org] = await database.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  const [sender] = await database.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.userId));
  const ctx = {
    orgName: org?.name ?? '',
    trajectoryTitle: trajectory.title,
    sender: sender?.name || sender?.email || (org?.name ?? ''),
    meetings: await listListenerMeetings({ orgId, trajectoryId }, database),
  };

  const outcome: InviteOutcome = { sent: 0, noEmail: 0, failed: 0 };
  for (const listener of targets) {
    if (!listener.email) {
      outcome.noEmail += 1;
      continue;
    }
    try {
      await send(composeInvitation(ctx, { name: listener.name, email: listener.email, link: listenerLinkUrl(listener.linkToken) }));
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
