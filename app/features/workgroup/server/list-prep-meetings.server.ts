import { asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { prepMeetings } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

export type PrepMeeting = { id: string; heldOn: string; agenda: string; decisions: string };

/** The workgroup's preparatory meetings, earliest first. */
export async function listPrepMeetings({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<PrepMeeting[]> {
  return (await db())
    .select({ id: prepMeetings.id, heldOn: prepMeetings.heldOn, agenda: prepMeetings.agenda, decisions: prepMeetings.decisions })
    .from(prepMeetings)
    .where(inOrg(prepMeetings, orgId, eq(prepMeetings.trajectoryId, trajectoryId)))
    .orderBy(asc(prepMeetings.heldOn), asc(prepMeetings.createdAt));
}
