import { eq } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Inside a transaction: the trajectory must belong to the organisation, else 404. */
export async function findTrajectoryOr404(tx: Tx, orgId: string, trajectoryId: string) {
  const [trajectory] = await tx
    .select({ id: trajectories.id, title: trajectories.title, intentStatement: trajectories.intentStatement })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
  if (!trajectory) notFound();
  return trajectory;
}
