import type { OrgScope } from '#app/db/scope.server';
import { type PartSummary, preparationParts } from '#app/features/trajectory/domain/preparation';
import { gatherStepFacts } from './gather-step-facts.server';
import { getTrajectory } from './require-trajectory.server';

/** The seven parts of step 5 with their state; counts only, safe for every role. */
export async function getPreparationOverview({ orgId, actor, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<PartSummary[]> {
  const { trajectory } = await getTrajectory({ orgId, actor, trajectoryId });
  const facts = (await gatherStepFacts({ orgId, trajectories: [trajectory] })).get(trajectory.id)!;
  return preparationParts(facts.preparation, facts.targets);
}
