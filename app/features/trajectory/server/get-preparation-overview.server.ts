import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { type PartSummary, preparationParts } from '#app/features/trajectory/domain/preparation';
import { loadTrajectory } from './require-trajectory.server';
import { gatherStepFacts } from './step-facts-records.server';

/** The seven parts of step 5 with their state; counts only, safe for every role. */
export async function getPreparationOverview({ orgId, actor, roles, trajectoryId }: TrajectoryScope): Promise<PartSummary[]> {
  authorize({ actor, roles }, 'trajectory.view');
  const trajectory = await loadTrajectory({ orgId, trajectoryId });
  const facts = (await gatherStepFacts({ orgId, trajectories: [trajectory] })).get(trajectory.id)!;
  return preparationParts(facts.preparation, facts.targets);
}
