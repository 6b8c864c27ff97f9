import { eq, isNull } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { canInviteAs } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { invitations } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { forbidden, notFound } from '#app/utils/http.server';

/** Withdraws an open invitation: its link stops working. Who may not hand out that role may not withdraw it either. */
export async function revokeInvitation({ orgId, actor, invitationId }: OrgScope & { invitationId: string }) {
  authorize({ actor }, 'org.invite');
  const database = await db();
  await database.transaction(async (tx) => {
    const [invitation] = await tx
      .select({ role: invitations.role })
      .from(invitations)
      .where(inOrg(invitations, orgId, eq(invitations.id, invitationId), isNull(invitations.acceptedAt)));
    if (!invitation) notFound();
    if (!canInviteAs(actor, invitation.role)) forbidden();
    await tx.delete(invitations).where(inOrg(invitations, orgId, eq(invitations.id, invitationId)));
  });
}
