import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import type { OrgRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { memberships } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { assertKeepsAnAdmin } from './organisations-records.server';

/** Gives a member another organisation role (admins only); the last admin keeps theirs. */
export async function changeMemberRole({ orgId, actor, userId, role }: OrgScope & { userId: string; role: OrgRole }) {
  authorize({ actor }, 'org.manage');
  await (
    await db()
  ).transaction(async (tx) => {
    await assertKeepsAnAdmin(tx, { orgId, userId, newRole: role, field: 'role' });
    await tx
      .update(memberships)
      .set({ role })
      .where(inOrg(memberships, orgId, eq(memberships.userId, userId)));
  });
}
