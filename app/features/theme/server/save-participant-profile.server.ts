import { authorize } from '#app/auth/authorize.server';
import type { ParticipantProfile } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { updateTrajectoryFields } from './theme-records.server';

/** Stores whom the workgroup wants to invite to the inner circle (else 404 outside the org). */
export async function saveParticipantProfile({ orgId, actor, roles, trajectoryId, profile }: TrajectoryScope & { profile: ParticipantProfile }) {
  authorize({ actor, roles }, 'trajectory.edit');
  await updateTrajectoryFields({ orgId, trajectoryId }, { profile });
}
