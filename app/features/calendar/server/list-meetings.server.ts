import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { meetings } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';

export type MeetingRow = Pick<typeof meetings.$inferSelect, 'id' | 'kind' | 'date' | 'startTime' | 'form' | 'venueName' | 'venueAddress'>;

/** The meetings of a trajectory (rows exist only once something was saved for them). */
export async function listMeetings({ orgId, actor, roles, trajectoryId }: TrajectoryScope): Promise<MeetingRow[]> {
  authorize({ actor, roles }, 'trajectory.view');
  return (await db())
    .select({
      id: meetings.id,
      kind: meetings.kind,
      date: meetings.date,
      startTime: meetings.startTime,
      form: meetings.form,
      venueName: meetings.venueName,
      venueAddress: meetings.venueAddress,
    })
    .from(meetings)
    .where(inOrg(meetings, orgId, eq(meetings.trajectoryId, trajectoryId)))
    .orderBy(asc(meetings.kind));
}
