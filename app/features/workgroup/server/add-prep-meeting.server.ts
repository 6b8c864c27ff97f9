import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { prepMeetings } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import type { PrepMeetingInput } from '../domain/prep-meeting';
import { once } from '#app/utils/submissions.server';

/** Adds a preparatory meeting to a trajectory of the scope's organisation (else 404), once per submission key. */
export async function addPrepMeeting({ orgId, actor, roles, trajectoryId, heldOn, agenda, decisions }: TrajectoryScope & PrepMeetingInput) {
  authorize({ actor, roles }, 'trajectory.edit');
  await loadTrajectory({ orgId, trajectoryId });
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'workgroup.addPrepMeeting', async () => {
      const [row] = await tx.insert(prepMeetings).values({ orgId, trajectoryId, heldOn, agenda, decisions }).returning({ id: prepMeetings.id });
      return row!.id;
    }),
  );
}
