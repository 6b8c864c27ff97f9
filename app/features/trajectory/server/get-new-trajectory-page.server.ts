import { authorize } from '#app/auth/authorize.server';
import type { OrgScope } from '#app/db/scope.server';
import { listTeams } from '#app/features/organisations/server/list-teams.server';
import { listTrajectoryChoices } from './list-trajectories.server';

/** The "new trajectory" form: teams and earlier trajectories to choose from, for those who may create one. */
export async function getNewTrajectoryPage({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.createTrajectory');
  const [teams, previous] = await Promise.all([listTeams({ orgId, actor }), listTrajectoryChoices({ orgId, actor })]);
  return { teams, previous };
}
