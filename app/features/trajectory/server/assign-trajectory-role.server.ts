import { and, eq } from 'drizzle-orm';
import type { TrajectoryRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { memberships, trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/**
 * Gives a member of the organisation a role in one of its trajectories. The trajectory and
 * the person must both belong to the scope's organisation (else 404). Assigning a role the
 * person already has changes nothing. Permission (canManageRoles / canEdit) is checked by the caller.
 */
export async function assignTrajectoryRole({
  orgId,
  trajectoryId,
  userId,
  role,
}: OrgScope & { trajectoryId: string; userId: string; role: TrajectoryRole }) {
  const database = await db();
  await database.transaction(async (tx) => {
    const [trajectory] = await tx.select({ id: trajectories.id }).from(trajectories).where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
    const [member] = await tx.select({ id: memberships.id }).from(memberships).where(inOrg(memberships, orgId, eq(memberships.userId, userId)));
    if (!trajectory || !member) notFound();
    await tx.insert(trajectoryRoles).values({ orgId, trajectoryId, userId, role }).onConflictDoNothing();
  });
}

export async function removeTrajectoryRole({
  orgId,
  trajectoryId,
  userId,
  role,
}: OrgScope & { trajectoryId: string; userId: string; role: TrajectoryRole }) {
  await (await db())
    .delete(trajectoryRoles)
    .where(
      inOrg(
        trajectoryRoles,
        orgId,
        and(eq(trajectoryRoles.trajectoryId, trajectoryId), eq(trajectoryRoles.userId, userId), eq(trajectoryRoles.role, role)),
      ),
    );
}
