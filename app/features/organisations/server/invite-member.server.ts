import { eq, isNull } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { canInviteAs, type OrgRole } from '#app/auth/permissions';
import { normaliseEmail } from '#app/auth/login.server';
import { db } from '#app/db/client.server';
import { invitations, memberships, organisations, users } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { isLocale } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { config } from '#app/utils/config.server';
import { forbidden } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { hashToken, newToken } from '#app/utils/tokens.server';
import { INVITATION_TTL_MS } from '../domain/invitations';
import { orgRoleKey } from '../domain/labels';

/**
 * Invites an e-mail address into the organisation with a role. The link holds a random token;
 * only its hash is stored. A new invitation for the same address replaces an open one.
 * The mail is written in the inviter's language.
 */
export async function inviteMember({
  orgId,
  actor,
  email,
  role,
  inviterName,
  locale,
}: OrgScope & { email: string; role: OrgRole; inviterName: string; locale: string }): Promise<{ invitationId: string }> {
  authorize({ actor }, 'org.invite');
  if (!canInviteAs(actor, role)) forbidden();
  const address = normaliseEmail(email);
  const token = newToken();
  const database = await db();
  const result = await database.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: memberships.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(inOrg(memberships, orgId, eq(users.email, address)));
    if (member) throw new RuleError('org.alreadyMember', 'email');
    await tx.delete(invitations).where(inOrg(invitations, orgId, eq(invitations.email, address), isNull(invitations.acceptedAt)));
    const [invitation] = await tx
      .insert(invitations)
      .values({ orgId, email: address, role, tokenHash: hashToken(token), invitedBy: actor.userId, expiresAt: new Date(Date.now() + INVITATION_TTL_MS) })
      .returning({ id: invitations.id });
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
    return { invitationId: invitation!.id, orgName: org!.name };
  });
  // Sent after the commit: a mail never announces an invitation that was rolled back.
  const t = createTranslator(isLocale(locale) ? locale : 'nl');
  await sendMail({
    to: address,
    lang: isLocale(locale) ? locale : 'nl',
    orgId,
    subject: t('org.inviteMailSubject', { org: result.orgName }),
    text: t('org.inviteMailBody', {
      inviter: inviterName || t('org.someone'),
      org: result.orgName,
      role: t(orgRoleKey(role)),
      url: `${config.appUrl}/invite/${token}`,
    }),
  });
  return { invitationId: result.invitationId };
}
