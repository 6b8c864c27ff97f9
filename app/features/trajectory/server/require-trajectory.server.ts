import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { trajectoryAccess, type TrajectoryAccess, type TrajectoryRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { type OrgContext, requireOrg } from '#app/features/organisations/server/require-org.server';
import { forbidden, notFound } from '#app/utils/http.server';

export type Trajectory = typeof trajectories.$inferSelect;
export type TrajectoryContext = OrgContext & { trajectory: Trajectory; myRoles: TrajectoryRole[]; access: TrajectoryAccess };

/** Loads a trajectory of the scope's organisation, or throws a 404. */
export async function getTrajectory({ orgId, actor, trajectoryId }: OrgScope & { trajectoryId: string }) {
  if (!z.uuid().safeParse(trajectoryId).success) notFound();
  const database = await db();
  const [trajectory] = await database
    .select()
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .limit(1);
  if (!trajectory) notFound();
  const roles = await database
    .select({ role: trajectoryRoles.role })
    .from(trajectoryRoles)
    .where(inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, trajectoryId), eq(trajectoryRoles.userId, actor.userId))));
  const myRoles = roles.map((r) => r.role);
  return { trajectory, myRoles, access: trajectoryAccess(actor, myRoles) };
}

/** For loaders and actions under /o/:org/t/:tid. Pass `edit` for mutations: 403 without the right role. */
export async function requireTrajectory(
  request: Request,
  params: { org?: string; tid?: string },
  { need }: { need?: 'edit' | 'manageRoles' | 'participantData' } = {},
): Promise<TrajectoryContext> {
  const ctx = await requireOrg(request, params.org);
  const found = await getTrajectory({ orgId: ctx.orgId, actor: ctx.actor, trajectoryId: params.tid ?? '' });
  if (need === 'edit' && !found.access.canEdit) forbidden();
  if (need === 'manageRoles' && !found.access.canManageRoles) forbidden();
  if (need === 'participantData' && !found.access.canReadParticipantData) forbidden();
  return { ...ctx, ...found };
}
