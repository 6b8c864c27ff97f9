import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { prepMeetings } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import type { PrepMeetingInput } from '../domain/prep-meeting';

/** Adds a preparatory meeting to a trajectory of the scope's organisation (else 404). */
export async function addPrepMeeting({ orgId, actor, roles, trajectoryId, heldOn, agenda, decisions }: TrajectoryScope & PrepMeetingInput) {
  authorize({ actor, roles }, 'trajectory.edit');
  await loadTrajectory({ orgId, trajectoryId });
  const [row] = await (await db()).insert(prepMeetings).values({ orgId, trajectoryId, heldOn, agenda, decisions }).returning({ id: prepMeetings.id });
  return row!.id;
}
