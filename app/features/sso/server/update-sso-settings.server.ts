import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisationSso } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';

/**
 * Saves the organisation's own OpenID Connect provider (admins only). An empty secret keeps the
 * stored one; the first save needs one. The form checked the issuer (https) and the domains.
 * Answers when it was saved, so the page can empty the form (the secret typed must not stay on screen).
 */
export async function updateSsoSettings({
  orgId,
  actor,
  issuer,
  clientId,
  clientSecret,
  allowedDomains,
  enabled,
}: OrgScope & { issuer: string; clientId: string; clientSecret: string; allowedDomains: string[]; enabled: boolean }) {
  authorize({ actor }, 'org.manage');
  const savedAt = Date.now();
  await (
    await db()
  ).transaction(async (tx) => {
    const [current] = await tx
      .select({ clientSecret: organisationSso.clientSecret })
      .from(organisationSso)
      .where(eq(organisationSso.orgId, orgId))
      .for('update');
    const secret = clientSecret || current?.clientSecret || '';
    if (!secret) throw new RuleError('sso.secretRequired', 'clientSecret');
    const values = { issuer, clientId, clientSecret: secret, allowedDomains, enabled, updatedAt: new Date() };
    await tx
      .insert(organisationSso)
      .values({ orgId, ...values })
      .onConflictDoUpdate({ target: organisationSso.orgId, set: values });
  });
  return { savedAt };
}
