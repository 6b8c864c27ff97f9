import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { prepMeetings } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';

export type PrepMeeting = { id: string; heldOn: string; agenda: string; decisions: string };

/** The workgroup's preparatory meetings, earliest first. */
export async function listPrepMeetings({ orgId, actor, roles, trajectoryId }: TrajectoryScope): Promise<PrepMeeting[]> {
  authorize({ actor, roles }, 'trajectory.view');
  return (await db())
    .select({ id: prepMeetings.id, heldOn: prepMeetings.heldOn, agenda: prepMeetings.agenda, decisions: prepMeetings.decisions })
    .from(prepMeetings)
    .where(inOrg(prepMeetings, orgId, eq(prepMeetings.trajectoryId, trajectoryId)))
    .orderBy(asc(prepMeetings.heldOn), asc(prepMeetings.createdAt));
}
