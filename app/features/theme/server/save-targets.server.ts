import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { Targets } from '#app/features/theme/domain/target-advice';
import { RuleError } from '#app/utils/rule-error';
import { updateTrajectoryFields } from './theme-records.server';

/** Stores the target numbers of participants and listeners; a minimum above the maximum is refused. */
export async function saveTargets({ orgId, actor, roles, trajectoryId, targets }: TrajectoryScope & { targets: Targets }) {
  authorize({ actor, roles }, 'trajectory.edit');
  if (targets.participantTargetMin > targets.participantTargetMax) throw new RuleError('validation.rangeOrder', 'participantTargetMax');
  await updateTrajectoryFields({ orgId, trajectoryId }, targets);
}
