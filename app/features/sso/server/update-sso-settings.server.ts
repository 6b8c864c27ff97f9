import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisationSso } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { isSealed, secretsKey } from '#app/utils/secret-box.server';
import { sealClientSecret } from './sso-records.server';

/**
 * Saves the organisation's own OpenID Connect provider (admins only). An empty secret keeps the
 * stored one; the first save needs one. The secret is stored encrypted under SECRETS_KEY: without
 * that key no new secret can be saved. The form checked the issuer (https) and the domains.
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
    if (!clientSecret && !current?.clientSecret) throw new RuleError('sso.secretRequired', 'clientSecret');
    const hasKey = secretsKey() !== null;
    // Without the key a new secret cannot be stored safely; the other settings (switching it off) can still be saved.
    if (clientSecret && !hasKey) throw new RuleError('sso.secretsKeyMissing', 'clientSecret');
    const kept = current?.clientSecret ?? '';
    // A secret kept from before encryption is encrypted now (the start-up step does so too).
    const secret = clientSecret ? sealClientSecret(clientSecret, orgId) : isSealed(kept) || !hasKey ? kept : sealClientSecret(kept, orgId);
    const values = { issuer, clientId, clientSecret: secret, allowedDomains, enabled, updatedAt: new Date() };
    await tx
      .insert(organisationSso)
      .values({ orgId, ...values })
      .onConflictDoUpdate({ target: organisationSso.orgId, set: values });
  });
  return { savedAt };
}
