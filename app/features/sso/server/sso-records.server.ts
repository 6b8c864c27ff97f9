// What the single sign-on operations share: the organisation's configuration, the provider's
// metadata (discovery, kept a few minutes), the address the provider returns to.
import { and, eq } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { db } from '#app/db/client.server';
import { organisationSso, organisations } from '#app/db/schema';
import { config } from '#app/utils/config.server';
import { isLocalHttpIssuer } from '../domain/sso-rules';

export const callbackUrl = (slug: string) => new URL(`/sso/${encodeURIComponent(slug)}/callback`, config.appUrl);

export type SsoSetup = {
  org: { id: string; slug: string; name: string };
  issuer: string;
  clientId: string;
  clientSecret: string;
  allowedDomains: string[];
};

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

/** The provider's metadata and keys as openid-client reads them (discovery), kept five minutes per configuration. */
export function providerConfig(setup: Omit<SsoSetup, 'org' | 'allowedDomains'>, { fresh = false } = {}): Promise<oidc.Configuration> {
  const key = JSON.stringify([setup.issuer, setup.clientId, setup.clientSecret]);
  const cached = discovered.get(key);
  if (cached && !fresh && Date.now() - cached.at < DISCOVERY_TTL_MS) return cached.config;
  const config = oidc.discovery(
    new URL(setup.issuer),
    setup.clientId,
    setup.clientSecret,
    undefined,
    // Plain http only for a provider on this machine (the form allows no other).
    isLocalHttpIssuer(setup.issuer) ? { execute: [oidc.allowInsecureRequests] } : undefined,
  );
  discovered.set(key, { at: Date.now(), config });
  // A failed discovery is not kept: the next sign-in asks again.
  config.catch(() => discovered.delete(key));
  return config;
}
