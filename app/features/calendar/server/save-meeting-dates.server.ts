import { eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { meetings } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { placeOf } from '#app/features/calendar/domain/meeting-sequence';
import type { FeedbackForm, MeetingKind } from '#app/features/calendar/domain/meetings';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { recordMeetingChange } from './record-meeting-change.server';

export type MeetingDateInput = { kind: MeetingKind; date: string | null; startTime: string; form?: FeedbackForm | '' };

/**
 * Saves the date and start time of the three meetings in one go. A meeting's row is made on
 * first save; place, checklist and notes (other parts of step 5) are left as they are. A changed
 * date or time raises the calendar entry's SEQUENCE and, for a meeting whose invitation went out,
 * queues the update or cancellation mail, in the same transaction.
 */
export async function saveMeetingDates({ orgId, actor, roles, trajectoryId, dates }: TrajectoryScope & { dates: MeetingDateInput[] }) {
  authorize({ actor, roles }, 'trajectory.edit');
  await loadTrajectory({ orgId, trajectoryId });
  await (
    await db()
  ).transaction(async (tx) => {
    // Locked: two saves at once each see the other's result as "before", so no change is missed.
    const existing = await tx
      .select()
      .from(meetings)
      .where(inOrg(meetings, orgId, eq(meetings.trajectoryId, trajectoryId)))
      .for('update');
    for (const input of dates) {
      const values = { date: input.date, startTime: input.startTime, ...(input.form !== undefined ? { form: input.form } : {}) };
      const [saved] = await tx
        .insert(meetings)
        .values({ orgId, trajectoryId, kind: input.kind, ...values })
        .onConflictDoUpdate({ target: [meetings.trajectoryId, meetings.kind], set: { ...values, updatedAt: sql`now()` } })
        .returning();
      const old = existing.find((m) => m.kind === input.kind);
      if (!saved || !old) continue;
      const place = placeOf(old.venueName, old.venueAddress);
      await recordMeetingChange(tx, {
        orgId,
        meetingId: saved.id,
        before: { date: old.date, startTime: old.startTime, place },
        after: { date: saved.date, startTime: saved.startTime, place },
      });
    }
  });
}
