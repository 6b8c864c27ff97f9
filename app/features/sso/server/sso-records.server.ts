// What the single sign-on operations share: the organisation's configuration, the provider's
// metadata (discovery, kept a few minutes), the address the provider returns to.
import { and, eq } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { db } from '#app/db/client.server';
import { organisationSso, organisations } from '#app/db/schema';
import { config } from '#app/utils/config.server';
import { isSealed, openSecret, sealSecret } from '#app/utils/secret-box.server';
import { isLocalHttpIssuer } from '../domain/sso-rules';

export const callbackUrl = (slug: string) => new URL(`/sso/${encodeURIComponent(slug)}/callback`, config.appUrl);

export type SsoSetup = {
  org: { id: string; slug: string; name: string };
  issuer: string;
  clientId: string;
  /** As stored: encrypted (`v1:…`), or as given when it was saved before Spiegel had a SECRETS_KEY. */
  clientSecret: string;
  allowedDomains: string[];
};

/** What the client secret's encryption is bound to: this column of this organisation's row. */
const secretContext = (orgId: string) => `organisation_sso.client_secret:${orgId}`;

/** The client secret as it is stored: encrypted under SECRETS_KEY (throws SecretsKeyError without one). */
export const sealClientSecret = (secret: string, orgId: string) => sealSecret(secret, secretContext(orgId));

/** The stored client secret in plain text; a secret saved before encryption is used as it is. Throws when it does not open. */
export const openClientSecret = (stored: string, orgId: string) => (isSealed(stored) ? openSecret(stored, secretContext(orgId)) : stored);

/** The organisation with this slug and its switched-on configuration, or null. */
export async function enabledSso(slug: string): Promise<SsoSetup | null> {
  const [row] = await (
    await db()
  )
    .select({ org: { id: organisations.id, slug: organisations.slug, name: organisations.name }, sso: organisationSso })
    .from(organisations)
    .innerJoin(organisationSso, and(eq(organisationSso.orgId, organisations.id), eq(organisationSso.enabled, true)))
    .where(eq(organisations.slug, slug))
    .limit(1);
  if (!row) return null;
  const { issuer, clientId, clientSecret, allowedDomains } = row.sso;
  return { org: row.org, issuer, clientId, clientSecret, allowedDomains };
}

const DISCOVERY_TTL_MS = 5 * 60 * 1000;
const discovered = new Map<string, { at: number; config: Promise<oidc.Configuration> }>();

/**
 * The provider's metadata and keys as openid-client reads them (discovery), kept five minutes per
 * configuration. Rejects, like a failed discovery, when the stored secret does not open (another key, changed).
 */
export function providerConfig(
  setup: { orgId: string; issuer: string; clientId: string; clientSecret: string },
  { fresh = false } = {},
): Promise<oidc.Configuration> {
  const key = JSON.stringify([setup.orgId, setup.issuer, setup.clientId, setup.clientSecret]);
  const cached = discovered.get(key);
  if (cached && !fresh && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
  let clientSecret: string;
  try {
    clientSecret = openClientSecret(setup.clientSecret, setup.orgId);
  } catch (error) {
    return Promise.reject(new Error('the stored client secret cannot be decrypted (SECRETS_KEY missing or changed)', { cause: error }));
  }
  const config = oidc.discovery(
    new URL(setup.issuer),
    setup.clientId,
    clientSecret,
    undefined,
    // Plain http only for a provider on this machine (the form allows no other).
    isLocalHttpIssuer(setup.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  discovered.set(key, { at: Date.now(), config });
  // A failed discovery is not kept: the next sign-in asks again.
  config.catch(() => discovered.delete(key));
  return config;
}
