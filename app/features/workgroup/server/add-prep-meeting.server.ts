import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { prepMeetings, trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { PrepMeetingInput } from '../domain/prep-meeting';

/** Adds a preparatory meeting to a trajectory of the scope's organisation (else 404). */
export async function addPrepMeeting({ orgId, actor, roles, trajectoryId, heldOn, agenda, decisions }: TrajectoryScope & PrepMeetingInput) {
  authorize({ actor, roles }, 'trajectory.edit');
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
