import { eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { teams, trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

const previousTrajectory = alias(trajectories, 'previous_trajectory');

/** What the trajectory pages show above the step navigation: its team and the trajectory it follows on from. */
export async function getTrajectoryHeader({ orgId, actor, roles, trajectoryId }: TrajectoryScope) {
  authorize({ actor, roles }, 'trajectory.view');
  const [row] = await (
    await db()
  )
    .select({
      teamName: teams.name,
      teamKind: teams.kind,
      previousId: previousTrajectory.id,
      previousTitle: previousTrajectory.title,
    })
    .from(trajectories)
    .leftJoin(teams, inOrg(teams, orgId, eq(teams.id, trajectories.teamId)))
    .leftJoin(previousTrajectory, inOrg(previousTrajectory, orgId, eq(previousTrajectory.id, trajectories.previousTrajectoryId)))
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
  if (!row) notFound();
  return {
    team: row.teamName && row.teamKind ? { name: row.teamName, kind: row.teamKind } : null,
    previous: row.previousId && row.previousTitle !== null ? { id: row.previousId, title: row.previousTitle } : null,
  };
}
