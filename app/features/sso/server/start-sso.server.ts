import { lt } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { db } from '#app/db/client.server';
import { ssoAttempts } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import { hashToken, newToken } from '#app/utils/tokens.server';
import { SsoRefused } from '../domain/sso-refused';
import { ATTEMPT_TTL_MS, attemptCookie } from '#app/auth/sso-cookie.server';
import { callbackUrl, enabledSso, providerConfig } from './sso-records.server';

/**
 * Starts signing in at the organisation's own provider (authorization code flow with PKCE, state
 * and nonce): keeps all three server-side in an attempt found by the hash of a fresh cookie, and
 * answers where to send the browser. 404 when the organisation has no single sign-on switched on.
 */
export async function startSso({ slug, redirectTo }: { slug: string; redirectTo: string }): Promise<{ location: string; cookie: string; orgName: string }> {
  const setup = await enabledSso(slug);
  if (!setup) notFound();
  let provider: oidc.Configuration;
  try {
    provider = await providerConfig({ ...setup, orgId: setup.org.id });
  } catch (error) {
    console.warn(`[sso] discovery of ${setup.issuer} failed:`, error instanceof Error ? error.message : error);
    throw new SsoRefused('sso.providerDown', setup.org);
  }
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const browserToken = newToken();
  const database = await db();
  await database.transaction(async (tx) => {
    // Attempts nobody finished are kept a day at most.
    await tx.delete(ssoAttempts).where(lt(ssoAttempts.expiresAt, new Date(Date.now() - 24 * 60 * 60 * 1000)));
    await tx.insert(ssoAttempts).values({
      orgId: setup.org.id,
      browserHash: hashToken(browserToken),
      state,
      nonce,
      codeVerifier,
      redirectTo,
      expiresAt: new Date(Date.now() + ATTEMPT_TTL_MS),
    });
  });
  const url = oidc.buildAuthorizationUrl(provider, {
    redirect_uri: callbackUrl(setup.org.slug).href,
    response_type: 'code',
    scope: 'openid email',
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { location: url.href, cookie: await attemptCookie.serialize(browserToken), orgName: setup.org.name };
}
