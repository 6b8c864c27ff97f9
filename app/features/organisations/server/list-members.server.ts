import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import type { OrgRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { memberships, users } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

export type Member = { userId: string; name: string; email: string; role: OrgRole };

/** Everyone in the organisation with their role and address, admins first: for those who invite and manage members. */
export async function listMembers({ orgId, actor }: OrgScope): Promise<Member[]> {
  authorize({ actor }, 'org.invite');
  const rows = await (
    await db()
  )
    .select({ userId: users.id, name: users.name, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inOrg(memberships, orgId))
    .orderBy(asc(users.name), asc(users.email));
  const order: Record<OrgRole, number> = { admin: 0, coordinator: 1, member: 2 };
  return rows.sort((a, b) => order[a.role] - order[b.role]);
}
