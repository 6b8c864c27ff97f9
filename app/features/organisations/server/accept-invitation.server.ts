import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { invitations, memberships, organisations, users } from '#app/db/schema';
import { hashToken } from '#app/utils/tokens.server';

/**
 * Uses up an invitation link: finds or creates the person with the invited address and makes
 * them a member (someone who already is keeps their role). Null when the link is unknown,
 * used, revoked or expired. One transaction, so a link can never be used twice.
 * Authorised by the link's token, not by a role.
 */
export async function acceptInvitation({ token }: { token: string }): Promise<{ userId: string; slug: string } | null> {
  return (await db()).transaction(async (tx) => {
    const [invitation] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date())))
      .returning({ orgId: invitations.orgId, email: invitations.email, role: invitations.role });
    if (!invitation) return null;
    const [user] = await tx
      .insert(users)
      .values({ email: invitation.email })
      .onConflictDoUpdate({ target: users.email, set: { email: invitation.email } })
      .returning({ id: users.id });
    await tx.insert(memberships).values({ orgId: invitation.orgId, userId: user!.id, role: invitation.role }).onConflictDoNothing();
    const [org] = await tx.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, invitation.orgId));
    return { userId: user!.id, slug: org!.slug };
  });
}
