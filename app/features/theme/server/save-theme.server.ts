import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Sets the theme of a trajectory of the scope's organisation (else 404). */
export async function saveTheme({ orgId, actor, roles, trajectoryId, theme }: TrajectoryScope & { theme: string }) {
  authorize({ actor, roles }, 'trajectory.edit');
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ theme, updatedAt: new Date() })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
