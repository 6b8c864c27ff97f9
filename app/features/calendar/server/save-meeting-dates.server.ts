import { sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { meetings } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { FeedbackForm, MeetingKind } from '#app/features/calendar/domain/meetings';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';

export type MeetingDateInput = { kind: MeetingKind; date: string | null; startTime: string; form?: FeedbackForm | '' };

/**
 * Saves the date and start time of the three meetings in one go. A meeting's row is made on
 * first save; place, checklist and notes (other parts of step 5) are left as they are.
 */
export async function saveMeetingDates({ orgId, actor, roles, trajectoryId, dates }: TrajectoryScope & { dates: MeetingDateInput[] }) {
  authorize({ actor, roles }, 'trajectory.edit');
  await loadTrajectory({ orgId, trajectoryId });
  await (
    await db()
  ).transaction(async (tx) => {
    for (const input of dates) {
      const values = { date: input.date, startTime: input.startTime, ...(input.form !== undefined ? { form: input.form } : {}) };
      await tx
        .insert(meetings)
        .values({ orgId, trajectoryId, kind: input.kind, ...values })
        .onConflictDoUpdate({ target: [meetings.trajectoryId, meetings.kind], set: { ...values, updatedAt: sql`now()` } });
    }
  });
}
