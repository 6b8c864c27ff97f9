import type { OrgScope } from '#app/db/scope.server';
import { type StepSummary, stepOverview, stepsDone } from '#app/features/trajectory/domain/step-overview';
import { gatherStepFacts } from './gather-step-facts.server';
import { getTrajectory } from './require-trajectory.server';

/** The 8 steps of one trajectory with their state and next action; 404 when not in the organisation. */
export async function getTrajectoryOverview({ orgId, actor, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<{
  steps: StepSummary[];
  done: number;
}> {
  const { trajectory } = await getTrajectory({ orgId, actor, trajectoryId });
  const facts = (await gatherStepFacts({ orgId, trajectories: [trajectory] })).get(trajectory.id)!;
  const steps = stepOverview(facts);
  return { steps, done: stepsDone(steps) };
}
