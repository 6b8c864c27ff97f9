import { and, eq, gte, isNotNull, isNull, notExists, sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { meetingInvitees, meetings, trajectoryRoles, users } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { enqueueJob } from '#app/jobs/enqueue-job.server';

export const INVITATION_WITHDRAWN_JOB = 'meeting-invitation-withdrawn';

/**
 * After someone lost a role (or left the organisation), in that operation's transaction: every
 * meeting from today on that they were invited to as a member of a trajectory where they now hold
 * no role at all is taken from them. Their invitee row is marked withdrawn (so no later change
 * reaches them) and one cancellation (METHOD:CANCEL, the next SEQUENCE) is queued for each; the
 * job names the row, not the person, and removes it once sent (decision 0026). Past meetings,
 * a listener's own invitation (with its own page) and invitations kept by another role stay.
 * `trajectoryId` limits it to one trajectory. Answers how many were withdrawn.
 */
export async function withdrawInvitations(
  tx: Tx,
  { orgId, userId, trajectoryId, now = new Date() }: { orgId: string; userId: string; trajectoryId?: string; now?: Date },
): Promise<number> {
  const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
  if (!user) return 0;
  const stillHasRole = tx
    .select({ id: trajectoryRoles.id })
    .from(trajectoryRoles)
    .where(and(eq(trajectoryRoles.orgId, orgId), eq(trajectoryRoles.trajectoryId, meetings.trajectoryId), eq(trajectoryRoles.userId, userId)));
  const rows = await tx
    .select({ invitee: meetingInvitees, meeting: { sequence: meetings.sequence, date: meetings.date, startTime: meetings.startTime } })
    .from(meetingInvitees)
    .innerJoin(meetings, and(eq(meetings.id, meetingInvitees.meetingId), eq(meetings.orgId, meetingInvitees.orgId)))
    .where(
      inOrg(
        meetingInvitees,
        orgId,
        sql`lower(${meetingInvitees.email}) = lower(${user.email})`,
        eq(meetingInvitees.link, ''),
        isNull(meetingInvitees.withdrawnAt),
        isNotNull(meetings.date),
        gte(meetings.date, todayInAmsterdam(now)),
        trajectoryId ? eq(meetings.trajectoryId, trajectoryId) : undefined,
        notExists(stillHasRole),
      ),
    )
    .for('update', { of: meetingInvitees });
  for (const { invitee, meeting } of rows) {
    // Higher than any entry they hold, also one of a change still queued (the meeting's SEQUENCE is raised when it is saved).
    const sequence = Math.max(meeting.sequence, invitee.sequence) + 1;
    await tx
      .update(meetingInvitees)
      .set({ withdrawnAt: now, sequence })
      .where(inOrg(meetingInvitees, orgId, eq(meetingInvitees.id, invitee.id)));
    await enqueueJob(tx, {
      kind: INVITATION_WITHDRAWN_JOB,
      payload: { orgId, inviteeId: invitee.id, sequence, slot: { date: meeting.date!, startTime: meeting.startTime } },
    });
  }
  return rows.length;
}
