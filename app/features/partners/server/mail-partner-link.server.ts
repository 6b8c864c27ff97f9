import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { organisations, partners, users } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { createTranslator } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { notFound } from '#app/utils/http.server';
import { findTrajectoryOr404 } from './find-trajectory.server';
import { partnerLinkUrl } from './partner-link-url.server';

/**
 * Mails the partner's contact person their personal link. The mail is in Dutch: partners are
 * Dutch organisations and we do not know their contact's preferred language.
 */
export async function mailPartnerLink({
  orgId,
  actor,
  trajectoryId,
  partnerId,
}: OrgScope & { trajectoryId: string; partnerId: string }): Promise<{ ok: true; to: string } | { ok: false; reason: 'no-email' }> {
  const mail = await (
    await db()
  ).transaction(async (tx) => {
    const trajectory = await findTrajectoryOr404(tx, orgId, trajectoryId);
    const [partner] = await tx
      .select()
      .from(partners)
      .where(inOrg(partners, orgId, and(eq(partners.id, partnerId), eq(partners.trajectoryId, trajectoryId))));
    if (!partner) notFound();
    if (!partner.contactEmail) return null;
    const [org] = await tx.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
    const [sender] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, actor.userId));
    const t = createTranslator('nl');
    const values = { trajectory: trajectory.title, org: org?.name ?? '', partner: partner.name };
    const greeting = partner.contactName ? t('partners.mailGreeting', { name: partner.contactName }) : t('partners.mailGreetingNoName');
    const body = t('partners.mailBody', { ...values, link: partnerLinkUrl(partner.linkToken), sender: sender?.name || sender?.email || (org?.name ?? '') });
    return { to: partner.contactEmail, subject: t('partners.mailSubject', values), text: `${greeting}\n\n${body}` };
  });
  if (!mail) return { ok: false, reason: 'no-email' };
  await sendMail(mail);
  return { ok: true, to: mail.to };
}
