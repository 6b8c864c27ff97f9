import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { type StepSummary, stepOverview, stepsDone } from '#app/features/trajectory/domain/step-overview';
import { loadTrajectory } from './require-trajectory.server';
import { gatherStepFacts } from './step-facts-records.server';

/** The 8 steps of one trajectory with their state and next action; 404 when not in the organisation. */
export async function getTrajectoryOverview({ orgId, actor, roles, trajectoryId }: TrajectoryScope): Promise<{ steps: StepSummary[]; done: number }> {
  authorize({ actor, roles }, 'trajectory.view');
  const trajectory = await loadTrajectory({ orgId, trajectoryId });
  const facts = (await gatherStepFacts({ orgId, trajectories: [trajectory] })).get(trajectory.id)!;
  const steps = stepOverview(facts);
  return { steps, done: stepsDone(steps) };
}
