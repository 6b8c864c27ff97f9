import { asc, gt, isNull } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import type { OrgRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { invitations } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

export type OpenInvitation = { id: string; email: string; role: OrgRole; expiresAt: Date };

/** Invitations that can still be accepted: not used and not expired. */
export async function listInvitations({ orgId, actor }: OrgScope): Promise<OpenInvitation[]> {
  authorize({ actor }, 'org.invite');
  return (await db())
    .select({ id: invitations.id, email: invitations.email, role: invitations.role, expiresAt: invitations.expiresAt })
    .from(invitations)
    .where(inOrg(invitations, orgId, isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
    .orderBy(asc(invitations.expiresAt));
}
