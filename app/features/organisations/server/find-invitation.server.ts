import { and, eq, gt, isNull } from 'drizzle-orm';
import type { OrgRole } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { invitations, organisations } from '#app/db/schema';
import { hashToken } from '#app/utils/tokens.server';

export type InvitationPreview = { orgName: string; role: OrgRole; email: string };

/**
 * What an invitation link offers, without using it up (the link itself is the key, so this
 * reads across organisations). Null when the link is unknown, used, revoked or expired.
 */
export async function findInvitation({ token }: { token: string }): Promise<InvitationPreview | null> {
  const [row] = await (
    await db()
  )
    .select({ orgName: organisations.name, role: invitations.role, email: invitations.email })
    .from(invitations)
    .innerJoin(organisations, eq(organisations.id, invitations.orgId))
    .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
    .limit(1);
  return row ?? null;
}
