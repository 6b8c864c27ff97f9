import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';

import { db } from '#app/db/client.server';
import { memberships, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { forbidden, notFound } from '#app/utils/http.server';
import { leavesNoAdmin } from '../domain/last-admin';
import type { MemberChangeResult } from './change-member-role.server';

/**
 * Removes someone from the organisation (admins only), with their roles in its trajectories,
 * so nothing of the organisation stays reachable for them. The last admin cannot be removed.
 */
export async function removeMember({ orgId, actor, userId }: OrgScope & { userId: string }): Promise<MemberChangeResult> {
  authorize({ actor }, 'org.manage');
  return (await db()).transaction(async (tx) => {
    const admins = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(inOrg(memberships, orgId, eq(memberships.role, 'admin')))
      .for('update');
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(inOrg(memberships, orgId, eq(memberships.userId, userId)));
    if (!member) notFound();
    if (leavesNoAdmin({ adminCount: admins.length, currentRole: member.role, newRole: null })) return { ok: false as const, reason: 'lastAdmin' as const };
    await tx.delete(trajectoryRoles).where(inOrg(trajectoryRoles, orgId, eq(trajectoryRoles.userId, userId)));
    await tx.delete(memberships).where(inOrg(memberships, orgId, eq(memberships.userId, userId)));
    return { ok: true as const };
  });
}
