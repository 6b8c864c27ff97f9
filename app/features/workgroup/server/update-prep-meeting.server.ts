import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { prepMeetings } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { PrepMeetingInput } from '../domain/prep-meeting';

/** Changes a preparatory meeting; one of another trajectory or organisation is a 404. */
export async function updatePrepMeeting({
  orgId,
  actor,
  roles,
  trajectoryId,
  meetingId,
  heldOn,
  agenda,
  decisions,
}: TrajectoryScope & { meetingId: string } & PrepMeetingInput) {
  authorize({ actor, roles }, 'trajectory.edit');
  if (!z.uuid().safeParse(meetingId).success) notFound();
  const updated = await (
    await db()
  )
    .update(prepMeetings)
    .set({ heldOn, agenda, decisions })
    .where(inOrg(prepMeetings, orgId, and(eq(prepMeetings.id, meetingId), eq(prepMeetings.trajectoryId, trajectoryId))))
    .returning({ id: prepMeetings.id });
  if (updated.length === 0) notFound();
}
