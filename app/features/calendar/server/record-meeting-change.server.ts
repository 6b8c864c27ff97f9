import { count, eq, sql } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { meetingInvitees, meetings } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { calendarChange, type MeetingSlot } from '#app/features/calendar/domain/meeting-sequence';
import { enqueueJob } from '#app/jobs/enqueue-job.server';

export const MEETING_CHANGE_JOB = 'meeting-calendar-change';

/**
 * After a meeting's date, time or place was saved, in the saving operation's transaction: raises
 * the calendar entry's SEQUENCE when the entry changed, and queues the update (METHOD:REQUEST) or
 * cancellation (METHOD:CANCEL) for everyone who was invited. The job exists exactly when the
 * change was committed.
 */
export async function recordMeetingChange(
  tx: Tx,
  { orgId, meetingId, before, after }: { orgId: string; meetingId: string; before: MeetingSlot | null; after: MeetingSlot },
) {
  const change = calendarChange(before, after);
  if (change === 'none') return;
  const [row] = await tx
    .update(meetings)
    .set({ sequence: sql`${meetings.sequence} + 1` })
    .where(inOrg(meetings, orgId, eq(meetings.id, meetingId)))
    .returning({ sequence: meetings.sequence });
  const [invited] = await tx
    .select({ n: count() })
    .from(meetingInvitees)
    .where(inOrg(meetingInvitees, orgId, eq(meetingInvitees.meetingId, meetingId)));
  if (!row || !invited?.n) return;
  const previous = before?.date ? { date: before.date, startTime: before.startTime } : null;
  await enqueueJob(tx, { kind: MEETING_CHANGE_JOB, payload: { orgId, meetingId, sequence: row.sequence, change, previous } });
}
