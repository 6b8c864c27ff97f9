import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import type { OrgRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { memberships } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { leavesNoAdmin } from '../domain/last-admin';

export type MemberChangeResult = { ok: true } | { ok: false; reason: 'lastAdmin' };

/** Gives a member another organisation role (admins only); the last admin keeps theirs. */
export async function changeMemberRole({ orgId, actor, userId, role }: OrgScope & { userId: string; role: OrgRole }): Promise<MemberChangeResult> {
  authorize({ actor }, 'org.manage');
  return (await db()).transaction(async (tx) => {
    // Lock the admins' rows so two admins demoting each other at once cannot leave none.
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
    if (leavesNoAdmin({ adminCount: admins.length, currentRole: member.role, newRole: role })) return { ok: false as const, reason: 'lastAdmin' as const };
    await tx
      .update(memberships)
      .set({ role })
      .where(inOrg(memberships, orgId, eq(memberships.userId, userId)));
    return { ok: true as const };
  });
}
