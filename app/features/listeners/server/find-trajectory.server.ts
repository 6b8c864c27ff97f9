import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** The trajectory must belong to the organisation, else 404. */
export async function findTrajectoryOr404(database: Db | Tx, orgId: string, trajectoryId: string) {
  const [trajectory] = await database
    .select({ id: trajectories.id, title: trajectories.title })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
  if (!trajectory) notFound();
  return trajectory;
}
