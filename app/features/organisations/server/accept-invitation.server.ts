import { and, eq, gt, isNull } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { invitations, memberships, organisations, users } from '#app/db/schema';
import { forbidden } from '#app/utils/http.server';
import { hashToken } from '#app/utils/tokens.server';

/**
 * Uses up an invitation link for the signed-in person, who must have proved the invited address
 * (signed in with it, by its own e-mail link): holding the link is not enough, links get forwarded
 * (issue 13, item 9). Someone who already is a member keeps their role. Null when the link is
 * unknown, used, revoked or expired; 403, leaving the link unused, for anyone with another address.
 * One transaction, so a link can never be used twice. Authorised by the link's token and the address.
 */
export async function acceptInvitation({ token, userId }: { token: string; userId: string }): Promise<{ slug: string } | null> {
  return (await db()).transaction(async (tx) => {
    const [user] = await tx.select({ email: users.email }).from(users).where(eq(users.id, userId));
    const open = and(eq(invitations.tokenHash, hashToken(token)), isNull(invitations.acceptedAt), gt(invitations.expiresAt, new Date()));
    const [invitation] = await tx.select({ email: invitations.email }).from(invitations).where(open).for('update');
    if (!invitation) return null;
    if (!user || user.email !== invitation.email) forbidden();
    const [accepted] = await tx
      .update(invitations)
      .set({ acceptedAt: new Date() })
      .where(and(open, eq(invitations.email, user.email)))
      .returning({ orgId: invitations.orgId, role: invitations.role });
    if (!accepted) return null;
    await tx.insert(memberships).values({ orgId: accepted.orgId, userId, role: accepted.role }).onConflictDoNothing();
    const [org] = await tx.select({ slug: organisations.slug }).from(organisations).where(eq(organisations.id, accepted.orgId));
    return { slug: org!.slug };
  });
}
