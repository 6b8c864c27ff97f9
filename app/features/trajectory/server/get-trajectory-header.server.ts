import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { teams, trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { Trajectory } from './require-trajectory.server';

/** What the trajectory pages show above the step navigation: its team and the trajectory it follows on from. */
export async function getTrajectoryHeader({ orgId, trajectory }: OrgScope & { trajectory: Pick<Trajectory, 'teamId' | 'previousTrajectoryId'> }) {
  const database = await db();
  const [team] = trajectory.teamId
    ? await database
        .select({ name: teams.name, kind: teams.kind })
        .from(teams)
        .where(inOrg(teams, orgId, eq(teams.id, trajectory.teamId)))
    : [];
  const [previous] = trajectory.previousTrajectoryId
    ? await database
        .select({ id: trajectories.id, title: trajectories.title })
        .from(trajectories)
        .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectory.previousTrajectoryId)))
    : [];
  return { team: team ?? null, previous: previous ?? null };
}
