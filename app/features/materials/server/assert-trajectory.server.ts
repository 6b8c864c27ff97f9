import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** 404 unless the trajectory belongs to the organisation (before writing rows that carry both ids). */
export async function assertTrajectoryInOrg(database: Db | Tx, orgId: string, trajectoryId: string) {
  const [row] = await database
    .select({ id: trajectories.id })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
  if (!row) notFound();
}
