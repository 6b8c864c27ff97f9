import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { memberships, ssoIdentities, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { withdrawInvitations } from '#app/features/calendar/server/withdraw-invitations.server';
import { assertKeepsAnAdmin } from './organisations-records.server';

/**
 * Removes someone from the organisation (admins only), with their roles in its trajectories,
 * and their link to the organisation's single sign-on account, so nothing of the organisation stays reachable for them: the coming meetings they were invited
 * to are cancelled for them, once (withdrawInvitations). The last admin cannot be removed.
 */
export async function removeMember({ orgId, actor, userId }: OrgScope & { userId: string }) {
  authorize({ actor }, 'org.manage');
  await (
    await db()
  ).transaction(async (tx) => {
    await assertKeepsAnAdmin(tx, { orgId, userId, newRole: null, field: '_form' });
    await tx.delete(trajectoryRoles).where(inOrg(trajectoryRoles, orgId, eq(trajectoryRoles.userId, userId)));
    await tx.delete(memberships).where(inOrg(memberships, orgId, eq(memberships.userId, userId)));
    await tx.delete(ssoIdentities).where(inOrg(ssoIdentities, orgId, eq(ssoIdentities.userId, userId)));
    await withdrawInvitations(tx, { orgId, userId });
  });
}
