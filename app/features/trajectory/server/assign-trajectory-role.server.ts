import { and, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { withdrawInvitations } from '#app/features/calendar/server/withdraw-invitations.server';
import { memberships, trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';

type RoleChange = TrajectoryScope & { userId: string; role: TrajectoryRole };

/**
 * Gives a member of the organisation a role in the trajectory. The trajectory and the person must
 * both belong to the scope's organisation (else 404). Assigning a role the person already has
 * changes nothing.
 */
export async function assignTrajectoryRole({ orgId, actor, roles, trajectoryId, userId, role }: RoleChange) {
  authorize({ actor, roles }, 'trajectory.manageRoles');
  const database = await db();
  await database.transaction(async (tx) => {
    const [trajectory] = await tx
      .select({ id: trajectories.id })
      .from(trajectories)
      .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .where(inOrg(memberships, orgId, eq(memberships.userId, userId)));
    if (!trajectory || !member) notFound();
    await tx.insert(trajectoryRoles).values({ orgId, trajectoryId, userId, role }).onConflictDoNothing();
  });
}

/**
 * Takes a role away. Without any role left in the trajectory, the person is no longer invited to
 * its coming meetings: each gets them one cancellation, and no later change (withdrawInvitations).
 * The last lead of a trajectory cannot be removed (someone must carry it): a RuleError, nothing changes. */
export async function removeTrajectoryRole({ orgId, actor, roles, trajectoryId, userId, role }: RoleChange) {
  authorize({ actor, roles }, 'trajectory.manageRoles');
  await (
    await db()
  ).transaction(async (tx) => {
    if (role === 'lead') {
      // Lock the lead rows so two leads removing each other at once cannot both succeed.
      const leads = await tx
        .select({ userId: trajectoryRoles.userId })
        .from(trajectoryRoles)
        .where(inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, trajectoryId), eq(trajectoryRoles.role, 'lead'))))
        .for('update');
      if (leads.length === 1 && leads[0]!.userId === userId) throw new RuleError('trajectory.lastLeadRefused');
    }
    await tx
      .delete(trajectoryRoles)
      .where(
        inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, trajectoryId), eq(trajectoryRoles.userId, userId), eq(trajectoryRoles.role, role))),
      );
    await withdrawInvitations(tx, { orgId, userId, trajectoryId });
  });
}
