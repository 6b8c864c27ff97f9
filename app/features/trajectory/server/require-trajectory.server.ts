// The one way to find a trajectory in an organisation: requireTrajectory() for routes,
// trajectoryScope() for everything else (jobs, tests). Both answer 404 outside the organisation
// and hand out the scope that operations take; the operations check permissions themselves.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '#app/db/client.server';
import { trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope, type TrajectoryScope } from '#app/db/scope.server';
import { type OrgContext, requireOrg } from '#app/features/organisations/server/require-org.server';
import { notFound } from '#app/utils/http.server';

export type Trajectory = typeof trajectories.$inferSelect;
export type TrajectoryContext = OrgContext & { scope: TrajectoryScope; trajectory: Trajectory };

/** The scope of an organisation member in one of its trajectories, with the trajectory; 404 when it is not there. */
export async function trajectoryScope({ orgId, actor, trajectoryId }: OrgScope & { trajectoryId: string }) {
  if (!z.uuid().safeParse(trajectoryId).success) notFound();
  const database = await db();
  const [trajectory] = await database
    .select()
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .limit(1);
  if (!trajectory) notFound();
  const rows = await database
    .select({ role: trajectoryRoles.role })
    .from(trajectoryRoles)
    .where(inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, trajectoryId), eq(trajectoryRoles.userId, actor.userId))));
  const scope: TrajectoryScope = { orgId, actor, trajectoryId, roles: rows.map((r) => r.role) };
  return { scope, trajectory };
}

/** The trajectory row of a scope, for operations that need more than its id. */
export async function loadTrajectory({ orgId, trajectoryId }: { orgId: string; trajectoryId: string }): Promise<Trajectory> {
  const [trajectory] = await (
    await db()
  )
    .select()
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .limit(1);
  if (!trajectory) notFound();
  return trajectory;
}

/** For loaders and actions under /o/:org/t/:tid. */
export async function requireTrajectory(request: Request, params: { org?: string; tid?: string }): Promise<TrajectoryContext> {
  const ctx = await requireOrg(request, params.org);
  return { ...ctx, ...(await trajectoryScope({ orgId: ctx.orgId, actor: ctx.actor, trajectoryId: params.tid ?? '' })) };
}
