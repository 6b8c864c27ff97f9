// Reads and checks shared by the organisation operations. Not for routes or other features.
import { eq } from 'drizzle-orm';
import type { OrgRole } from '#app/auth/permissions';
import type { Tx } from '#app/db/client.server';
import { memberships } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { leavesNoAdmin } from '../domain/last-admin';

/**
 * Before a member's role changes (`newRole` null: they are removed): 404 when they are not a
 * member, and a RuleError when it would leave the organisation without an admin. The admins'
 * rows are locked, so two admins demoting each other at once cannot leave none.
 */
export async function assertKeepsAnAdmin(tx: Tx, { orgId, userId, newRole, field }: { orgId: string; userId: string; newRole: OrgRole | null; field: string }) {
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
  if (leavesNoAdmin({ adminCount: admins.length, currentRole: member.role, newRole })) throw new RuleError('org.lastAdmin', field);
}
