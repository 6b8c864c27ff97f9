import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { prepMeetings, trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

export type PrepMeetingInput = { heldOn: string; agenda: string; decisions: string };

/** Adds a preparatory meeting to a trajectory of the scope's organisation (else 404). */
export async function addPrepMeeting({ orgId, trajectoryId, heldOn, agenda, decisions }: OrgScope & { trajectoryId: string } & PrepMeetingInput) {
  return (await db()).transaction(async (tx) => {
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
    if (!trajectory) notFound();
    const [row] = await tx.insert(prepMeetings).values({ orgId, trajectoryId, heldOn, agenda, decisions }).returning({ id: prepMeetings.id });
    return row!.id;
  });
}
