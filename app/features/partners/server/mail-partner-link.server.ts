import { orgName } from '#app/db/org-name.server';
import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { partners, users } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { createTranslator } from '#app/i18n/catalogue.server';
import { sendMail } from '#app/mail/send-mail.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { partnerLinkUrl, thePartner } from './partner-records.server';

/**
 * Mails the partner's contact person their personal link. The mail is in Dutch: partners are
 * Dutch organisations and we do not know their contact's preferred language.
 */
export async function mailPartnerLink(input: TrajectoryScope & { partnerId: string }): Promise<{ to: string }> {
  authorize(input, 'trajectory.edit');
  const database = await db();
  const trajectory = await loadTrajectory(input);
  const [partner] = await database.select().from(partners).where(thePartner(input, input.partnerId));
  if (!partner) notFound();
  if (!partner.contactEmail) throw new RuleError('partners.noEmailForMail');
  const organisation = await orgName(input.orgId, database);
  const [sender] = await database.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, input.actor.userId));
  const t = createTranslator('nl');
  const values = { trajectory: trajectory.title, org: organisation, partner: partner.name };
  const greeting = partner.contactName ? t('partners.mailGreeting', { name: partner.contactName }) : t('partners.mailGreetingNoName');
  const body = t('partners.mailBody', { ...values, link: partnerLinkUrl(partner.linkToken), sender: sender?.name || sender?.email || organisation });
  await sendMail({ to: partner.contactEmail, subject: t('partners.mailSubject', values), text: `${greeting}\n\n${body}`, lang: 'nl', orgId: input.orgId });
  return { to: partner.contactEmail };
}
