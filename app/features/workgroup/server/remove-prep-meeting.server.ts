import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { prepMeetings } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Removes a preparatory meeting; one of another trajectory or organisation is a 404. */
export async function removePrepMeeting({ orgId, actor, roles, trajectoryId, meetingId }: TrajectoryScope & { meetingId: string }) {
  authorize({ actor, roles }, 'trajectory.edit');
  if (!z.uuid().safeParse(meetingId).success) notFound();
  const removed = await (
    await db()
  )
    .delete(prepMeetings)
    .where(inOrg(prepMeetings, orgId, and(eq(prepMeetings.id, meetingId), eq(prepMeetings.trajectoryId, trajectoryId))))
    .returning({ id: prepMeetings.id });
  if (removed.length === 0) notFound();
}
