import { and, eq, gt, isNull, ne } from 'drizzle-orm';
import * as oidc from 'openid-client';
import { db } from '#app/db/client.server';
import { memberships, organisationSso, ssoAttempts, ssoIdentities, users } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import { hashToken } from '#app/utils/tokens.server';
import { SsoRefused } from '../domain/sso-refused';
import { type IdentityClaims, judgeIdentity } from '../domain/sso-rules';
import { attemptCookie } from '#app/auth/sso-cookie.server';
import { callbackUrl, enabledSso, providerConfig } from './sso-records.server';

type Claims = IdentityClaims & { sub: string };

/**
 * Finishes signing in at the organisation's provider: uses up this browser's attempt (once, within
 * ten minutes), lets openid-client exchange the code and validate the ID token (signature, issuer,
 * audience, expiry, nonce, state, PKCE), then requires a verified address on an allowed domain.
 * The person is the user linked to the provider's subject (`sub`) when there is one, whatever the
 * address now says; otherwise the member with that address, who is then linked to the subject — unless
 * that member is already linked to another subject (the address went to someone else at the provider).
 * The user must be a member of this organisation. Nobody is made a member or an account here.
 * Answers the member's user id and where to go; refusals are SsoRefused. 404 without single sign-on.
 */
export async function finishSso({ slug, request }: { slug: string; request: Request }): Promise<{ userId: string; redirectTo: string }> {
  const setup = await enabledSso(slug);
  if (!setup) notFound();
  const browserToken: unknown = await attemptCookie.parse(request.headers.get('cookie'));
  if (typeof browserToken !== 'string' || !browserToken) throw new SsoRefused('sso.failed', setup.org);
  const database = await db();
  // Used up before anything else: a replayed or second callback finds nothing.
  const [attempt] = await database
    .update(ssoAttempts)
    .set({ usedAt: new Date() })
    .where(
      and(
        eq(ssoAttempts.browserHash, hashToken(browserToken)),
        eq(ssoAttempts.orgId, setup.org.id),
        isNull(ssoAttempts.usedAt),
        gt(ssoAttempts.expiresAt, new Date()),
      ),
    )
    .returning();
  if (!attempt) throw new SsoRefused('sso.failed', setup.org);

  let claims: Claims;
  try {
    const provider = await providerConfig({ ...setup, orgId: setup.org.id });
    // The address the provider sent the browser back to, as the app's public address (not as a proxy passed it on).
    const current = callbackUrl(setup.org.slug);
    current.search = new URL(request.url).search;
    const tokens = await oidc.authorizationCodeGrant(provider, current, {
      pkceCodeVerifier: attempt.codeVerifier,
      expectedState: attempt.state,
      expectedNonce: attempt.nonce,
      idTokenExpected: true,
    });
    claims = tokens.claims() as Claims;
    // Many providers put the address only in the userinfo answer: ask there for what the ID token
    // lacks, for the same subject (the library checks it), and take each claim from the ID token first.
    if (claims.email === undefined || (claims.email_verified === undefined && claims.xms_edov === undefined)) {
      const info: IdentityClaims = await oidc.fetchUserInfo(provider, tokens.access_token, claims.sub);
      claims = {
        sub: claims.sub,
        email: claims.email ?? info.email,
        email_verified: claims.email_verified ?? info.email_verified,
        xms_edov: claims.xms_edov ?? info.xms_edov,
      };
    }
  } catch (error) {
    console.warn(
      `[sso] sign-in at ${setup.issuer} failed:`,
      error instanceof Error ? `${error.name}: ${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : error,
    );
    throw new SsoRefused('sso.failed', setup.org);
  }

  const judged = judgeIdentity(claims, setup.allowedDomains);
  if ('refused' in judged) throw new SsoRefused(judged.refused, setup.org, typeof claims.email === 'string' ? claims.email : '');
  const identity = { orgId: setup.org.id, issuer: setup.issuer, subject: claims.sub };
  const [linked] = await database
    .select({ userId: ssoIdentities.userId, email: users.email })
    .from(ssoIdentities)
    .innerJoin(users, eq(users.id, ssoIdentities.userId))
    .where(and(eq(ssoIdentities.orgId, identity.orgId), eq(ssoIdentities.issuer, identity.issuer), eq(ssoIdentities.subject, identity.subject)))
    .limit(1);
  let member: { userId: string } | undefined;
  if (linked) {
    // The subject decides, never the address: no fall back to another account with the new address.
    [member] = await database
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(and(eq(memberships.userId, linked.userId), eq(memberships.orgId, setup.org.id)))
      .limit(1);
    if (!member) throw new SsoRefused('sso.notMember', setup.org, judged.email);
    // Spiegel's address stays as it is (it is the account's, for every organisation and the e-mail link).
    if (linked.email !== judged.email) console.info(`[sso] user ${linked.userId} signed in by subject; the provider's address differs from the account's`);
  } else {
    [member] = await database
      .select({ userId: users.id })
      .from(users)
      .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.orgId, setup.org.id)))
      .where(eq(users.email, judged.email))
      .limit(1);
    if (!member) throw new SsoRefused('sso.notMember', setup.org, judged.email);
    const [other] = await database
      .select({ subject: ssoIdentities.subject })
      .from(ssoIdentities)
      .where(and(eq(ssoIdentities.orgId, identity.orgId), eq(ssoIdentities.issuer, identity.issuer), eq(ssoIdentities.userId, member.userId)))
      .limit(1);
    if (other) throw new SsoRefused('sso.subjectLinkedToOther', setup.org, judged.email);
  }
  // This organisation's provider vouches for its own members only: someone who also belongs to an
  // organisation that does not trust the same provider signs in by e-mail link (a session reaches all their organisations).
  const [elsewhere] = await database
    .select({ orgId: memberships.orgId })
    .from(memberships)
    .leftJoin(organisationSso, and(eq(organisationSso.orgId, memberships.orgId), eq(organisationSso.enabled, true), eq(organisationSso.issuer, setup.issuer)))
    .where(and(eq(memberships.userId, member.userId), ne(memberships.orgId, setup.org.id), isNull(organisationSso.orgId)))
    .limit(1);
  if (elsewhere) throw new SsoRefused('sso.otherOrganisation', setup.org, judged.email);
  if (linked) {
    await database
      .update(ssoIdentities)
      .set({ lastSignInAt: new Date() })
      .where(and(eq(ssoIdentities.orgId, identity.orgId), eq(ssoIdentities.issuer, identity.issuer), eq(ssoIdentities.subject, identity.subject)));
  } else {
    // The first sign-in links the subject. Two first sign-ins at once: one link wins, the other is refused.
    const [made] = await database
      .insert(ssoIdentities)
      .values({ ...identity, userId: member.userId })
      .onConflictDoNothing()
      .returning({ userId: ssoIdentities.userId });
    if (!made) throw new SsoRefused('sso.subjectLinkedToOther', setup.org, judged.email);
  }
  return { userId: member.userId, redirectTo: attempt.redirectTo || `/o/${setup.org.slug}` };
}
