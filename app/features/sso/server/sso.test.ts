// Single sign-on against a real OpenID Connect provider (oidc-provider) started in this test: the
// whole authorization code flow over HTTP, through the app's own start and callback routes.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSessionUser } from '#app/auth/session.server';
import { db } from '#app/db/client.server';
import { memberships, organisationSso, ssoAttempts, ssoIdentities, users } from '#app/db/schema';
import { loader as loginLoader } from '#app/routes/login';
import { action as ssoSettingsAction, loader as ssoSettingsLoader } from '#app/routes/org-sso';
import { loader as callbackLoader } from '#app/routes/sso-callback';
import { loader as startLoader } from '#app/routes/sso-start';
import { config } from '#app/utils/config.server';
import { makeMember, makeOrg, makeUser, uniqueEmail } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { followToCallback, startOidcProvider, type TestAccount, type TestProvider } from '#tests/oidc-provider';
import { removeMember } from '#app/features/organisations/server/remove-member.server';
import { isSealed } from '#app/utils/secret-box.server';
import { encryptPlainSsoSecrets } from './encrypt-sso-secrets.server';
import { openClientSecret } from './sso-records.server';
import { updateSsoSettings } from './update-sso-settings.server';

let provider: TestProvider;
let gemeente: Awaited<ReturnType<typeof makeOrg>>;
let off: Awaited<ReturnType<typeof makeOrg>>;
let admin: Awaited<ReturnType<typeof makeMember>>;
const callbackOf = (slug: string) => `${config.appUrl}/sso/${slug}/callback`;

beforeAll(async () => {
  gemeente = await makeOrg('municipality');
  off = await makeOrg('municipality');
  admin = await makeMember(gemeente.id, 'admin');
  provider = await startOidcProvider({ redirectUris: [callbackOf(gemeente.slug), callbackOf(off.slug)] });
  const setup = { issuer: provider.issuer, clientId: provider.clientId, clientSecret: provider.clientSecret, allowedDomains: ['test.spiegel.local'] };
  await updateSsoSettings({ ...admin, ...setup, enabled: true });
  const offAdmin = await makeMember(off.id, 'admin');
  await updateSsoSettings({ ...offAdmin, ...setup, enabled: false });
});
afterAll(() => provider?.close());

/** The response a loader threw or returned. */
async function answer(work: Promise<unknown>): Promise<Response | unknown> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof Response) return error;
    throw error;
  }
}

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((line) => line.split(';')[0]!);

/** Starts at /sso/:org as a browser, signs in at the provider as `account`, and comes back: the browser's cookie and the callback address. */
async function throughProvider(slug: string, account: TestAccount, redirectTo = '', sub = `acc-${String(account.email)}`) {
  provider.signInAs(sub, account);
  const start = await answer(
    callRoute(startLoader, new Request(`http://x/sso/${slug}${redirectTo ? `?redirectTo=${encodeURIComponent(redirectTo)}` : ''}`), { org: slug }),
  );
  if (!(start instanceof Response) || start.status !== 302) throw new Error('the start did not send the browser to the provider');
  const location = start.headers.get('location')!;
  expect(location.startsWith(`${provider.issuer}/`)).toBe(true);
  const url = new URL(location);
  expect(url.searchParams.get('code_challenge_method')).toBe('S256');
  expect(url.searchParams.get('state')).toBeTruthy();
  expect(url.searchParams.get('nonce')).toBeTruthy();
  const browserCookie = cookiesOf(start).join('; ');
  return { browserCookie, callback: await followToCallback(location, callbackOf(slug)) };
}

function callBack(slug: string, callback: string, cookie: string) {
  return answer(callRoute(callbackLoader, new Request(callback, { headers: cookie ? { cookie } : {} }), { org: slug }));
}

async function signedInAs(response: unknown): Promise<string | null> {
  if (!(response instanceof Response)) return null;
  const session = cookiesOf(response).find((c) => c.startsWith('spiegel_session=') && c !== 'spiegel_session=');
  if (!session) return null;
  return (await getSessionUser(new Request('http://x/', { headers: { cookie: session } })))?.id ?? null;
}

const refusal = (response: unknown) => answerOf<{ message: string; email: string }>(response);

describe('signing in with the organisation’s own provider', () => {
  it('signs a member in with a normal session and sends them to the organisation', async () => {
    const member = await makeMember(gemeente.id, 'coordinator');
    const { browserCookie, callback } = await throughProvider(gemeente.slug, { email: member.user.email, email_verified: true });
    const back = await callBack(gemeente.slug, callback, browserCookie);
    expect(back).toBeInstanceOf(Response);
    expect((back as Response).status).toBe(302);
    expect((back as Response).headers.get('location')).toBe(`/o/${gemeente.slug}`);
    expect(await signedInAs(back)).toBe(member.user.id);
    // The attempt's cookie is cleared.
    expect(cookiesOf(back as Response)).toContain('spiegel_sso=');
  });

  it('matches the address whatever its capitals, and returns to the page the member was going to', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const { browserCookie, callback } = await throughProvider(
      gemeente.slug,
      { email: member.user.email.toUpperCase(), email_verified: true },
      `/o/${gemeente.slug}/insights`,
    );
    const back = await callBack(gemeente.slug, callback, browserCookie);
    expect((back as Response).headers.get('location')).toBe(`/o/${gemeente.slug}/insights`);
    expect(await signedInAs(back)).toBe(member.user.id);
  });

  it('uses an attempt once: the same callback again signs nobody in', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const { browserCookie, callback } = await throughProvider(gemeente.slug, { email: member.user.email, email_verified: true });
    expect(await signedInAs(await callBack(gemeente.slug, callback, browserCookie))).toBe(member.user.id);
    const replay = await callBack(gemeente.slug, callback, browserCookie);
    expect(await statusOf(replay)).toBe(403);
    expect(refusal(replay).message).toBe('sso.failed');
    expect(await signedInAs(replay)).toBeNull();
  });

  it('refuses a callback with another state, and one in a browser that did not start it', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const first = await throughProvider(gemeente.slug, { email: member.user.email, email_verified: true });
    const tampered = new URL(first.callback);
    tampered.searchParams.set('state', 'een-andere-state');
    const wrongState = await callBack(gemeente.slug, tampered.href, first.browserCookie);
    expect(await statusOf(wrongState)).toBe(403);
    expect(refusal(wrongState).message).toBe('sso.failed');
    expect(await signedInAs(wrongState)).toBeNull();
    // The refused callback used the attempt up: the right state with the still unused code is refused too.
    const afterwards = await callBack(gemeente.slug, first.callback, first.browserCookie);
    expect(refusal(afterwards).message).toBe('sso.failed');
    expect(await signedInAs(afterwards)).toBeNull();

    const second = await throughProvider(gemeente.slug, { email: member.user.email, email_verified: true });
    const otherBrowser = await callBack(gemeente.slug, second.callback, '');
    expect(refusal(otherBrowser).message).toBe('sso.failed');
    // Another browser's attempt does not fit either.
    expect(refusal(await callBack(gemeente.slug, second.callback, first.browserCookie)).message).toBe('sso.failed');
  });

  it('refuses an attempt older than ten minutes', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const late = await throughProvider(gemeente.slug, { email: member.user.email, email_verified: true });
    await (
      await db()
    )
      .update(ssoAttempts)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(ssoAttempts.orgId, gemeente.id), isNull(ssoAttempts.usedAt)));
    const back = await callBack(gemeente.slug, late.callback, late.browserCookie);
    expect(refusal(back).message).toBe('sso.failed');
    expect(await signedInAs(back)).toBeNull();
  });

  it('refuses an address the provider has not verified', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const { browserCookie, callback } = await throughProvider(gemeente.slug, { email: member.user.email, email_verified: false });
    const back = await callBack(gemeente.slug, callback, browserCookie);
    expect(refusal(back).message).toBe('sso.emailUnverified');
    expect(await signedInAs(back)).toBeNull();
  });

  it("accepts Entra ID's verified domain (xms_edov) where the provider sends no email_verified", async () => {
    const member = await makeMember(gemeente.id, 'member');
    const verifiedDomain = await throughProvider(gemeente.slug, { email: member.user.email, xms_edov: true });
    expect(await signedInAs(await callBack(gemeente.slug, verifiedDomain.callback, verifiedDomain.browserCookie))).toBe(member.user.id);
    const neither = await throughProvider(gemeente.slug, { email: member.user.email });
    expect(refusal(await callBack(gemeente.slug, neither.callback, neither.browserCookie)).message).toBe('sso.emailUnverified');
  });

  it('refuses an address outside the allowed domains, even of a member', async () => {
    const [outsider] = await (
      await db()
    )
      .insert(users)
      .values({ email: `${crypto.randomUUID().slice(0, 8)}@elders.nl` })
      .returning();
    await (await db()).insert(memberships).values({ orgId: gemeente.id, userId: outsider!.id, role: 'member' });
    const { browserCookie, callback } = await throughProvider(gemeente.slug, { email: outsider!.email, email_verified: true });
    const back = await callBack(gemeente.slug, callback, browserCookie);
    expect(refusal(back).message).toBe('sso.domainNotAllowed');
    expect(await signedInAs(back)).toBeNull();
  });

  it('refuses someone who is not a member, and makes no account for an unknown address', async () => {
    const stranger = await makeUser();
    const strangerBack = await throughProvider(gemeente.slug, { email: stranger.email, email_verified: true });
    const refused = await callBack(gemeente.slug, strangerBack.callback, strangerBack.browserCookie);
    expect(await statusOf(refused)).toBe(403);
    expect(refusal(refused)).toMatchObject({ message: 'sso.notMember', email: stranger.email });

    const unknown = uniqueEmail('nieuw');
    const unknownBack = await throughProvider(gemeente.slug, { email: unknown, email_verified: true });
    expect(refusal(await callBack(gemeente.slug, unknownBack.callback, unknownBack.browserCookie)).message).toBe('sso.notMember');
    expect(await (await db()).select().from(users).where(eq(users.email, unknown))).toEqual([]);
  });

  it('refuses a member who also belongs to an organisation that does not trust this provider', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const elsewhere = await makeOrg();
    await (await db()).insert(memberships).values({ orgId: elsewhere.id, userId: member.user.id, role: 'admin' });
    const { browserCookie, callback } = await throughProvider(gemeente.slug, { email: member.user.email, email_verified: true });
    const back = await callBack(gemeente.slug, callback, browserCookie);
    expect(refusal(back).message).toBe('sso.otherOrganisation');
    expect(await signedInAs(back)).toBeNull();
  });

  it('answers 404 where single sign-on is off or not set up', async () => {
    expect(await statusOf(callRoute(startLoader, new Request(`http://x/sso/${off.slug}`), { org: off.slug }))).toBe(404);
    expect(await statusOf(callRoute(callbackLoader, new Request(`${callbackOf(off.slug)}?code=x&state=y`), { org: off.slug }))).toBe(404);
    expect(await statusOf(callRoute(startLoader, new Request('http://x/sso/bestaat-niet'), { org: 'bestaat-niet' }))).toBe(404);
  });

  it('shows the button on the sign-in page for that organisation only', async () => {
    const login = (query: string) => callRoute(loginLoader, new Request(`http://x/login${query}`));
    expect((await login(`?redirectTo=${encodeURIComponent(`/o/${gemeente.slug}/t/1`)}`))?.ssoOrg).toEqual({ slug: gemeente.slug, name: gemeente.name });
    expect((await login(`?org=${gemeente.slug}`))?.ssoOrg?.slug).toBe(gemeente.slug);
    expect((await login(`?org=${off.slug}`))?.ssoOrg).toBeNull();
    expect((await login(''))?.ssoOrg).toBeNull();
  });
});

describe('the provider’s subject (sub)', () => {
  const linksOf = async (userId: string) =>
    (await db()).select({ subject: ssoIdentities.subject, issuer: ssoIdentities.issuer }).from(ssoIdentities).where(eq(ssoIdentities.userId, userId));
  const signIn = async (account: TestAccount, sub: string) => {
    const { browserCookie, callback } = await throughProvider(gemeente.slug, account, '', sub);
    return callBack(gemeente.slug, callback, browserCookie);
  };
  const newSub = () => `sub-${crypto.randomUUID()}`;

  it('is linked at the first sign-in, and finds the member after their address at the provider changed', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const sub = newSub();
    expect(await signedInAs(await signIn({ email: member.user.email, email_verified: true }, sub))).toBe(member.user.id);
    expect(await linksOf(member.user.id)).toEqual([{ subject: sub, issuer: provider.issuer }]);

    const renamed = uniqueEmail('hernoemd').replace(/@.*$/, '@test.spiegel.local');
    const back = await signIn({ email: renamed, email_verified: true }, sub);
    expect(await signedInAs(back)).toBe(member.user.id);
    // Nothing changed silently: the account keeps its address, no second account, one link.
    const [account] = await (await db()).select({ email: users.email }).from(users).where(eq(users.id, member.user.id));
    expect(account!.email).toBe(member.user.email);
    expect(await (await db()).select().from(users).where(eq(users.email, renamed))).toEqual([]);
    expect(await linksOf(member.user.id)).toHaveLength(1);
  });

  it('never signs a linked subject into another account, even when it now sends that account’s address', async () => {
    const first = await makeMember(gemeente.id, 'member');
    const second = await makeMember(gemeente.id, 'member');
    const firstSub = newSub();
    expect(await signedInAs(await signIn({ email: first.user.email, email_verified: true }, firstSub))).toBe(first.user.id);
    // The provider now says the first person's subject has the second person's address: the subject decides.
    const back = await signIn({ email: second.user.email, email_verified: true }, firstSub);
    expect(await signedInAs(back)).toBe(first.user.id);
    expect(await linksOf(second.user.id)).toEqual([]);
  });

  it('refuses another subject with the address of a member already linked (the address went to someone else)', async () => {
    const member = await makeMember(gemeente.id, 'member');
    expect(await signedInAs(await signIn({ email: member.user.email, email_verified: true }, newSub()))).toBe(member.user.id);
    const thief = await signIn({ email: member.user.email, email_verified: true }, newSub());
    expect(await statusOf(thief)).toBe(403);
    expect(refusal(thief)).toMatchObject({ message: 'sso.subjectLinkedToOther', email: member.user.email });
    expect(await signedInAs(thief)).toBeNull();
    expect(await linksOf(member.user.id)).toHaveLength(1);
  });

  it('refuses a linked subject whose member was removed, without falling back to the address; removing drops the link', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const sub = newSub();
    expect(await signedInAs(await signIn({ email: member.user.email, email_verified: true }, sub))).toBe(member.user.id);
    await removeMember({ ...admin, userId: member.user.id });
    expect(await linksOf(member.user.id)).toEqual([]);
    const back = await signIn({ email: member.user.email, email_verified: true }, sub);
    expect(refusal(back).message).toBe('sso.notMember');
    expect(await signedInAs(back)).toBeNull();

    // A link whose member is gone (membership removed another way): the subject does not fall back
    // to the member who has the address the provider now sends.
    const gone = await makeMember(gemeente.id, 'member');
    const other = await makeMember(gemeente.id, 'member');
    const goneSub = newSub();
    expect(await signedInAs(await signIn({ email: gone.user.email, email_verified: true }, goneSub))).toBe(gone.user.id);
    await (await db()).delete(memberships).where(and(eq(memberships.orgId, gemeente.id), eq(memberships.userId, gone.user.id)));
    const fallback = await signIn({ email: other.user.email, email_verified: true }, goneSub);
    expect(refusal(fallback).message).toBe('sso.notMember');
    expect(await signedInAs(fallback)).toBeNull();
  });

  it('links nobody when the sign-in is refused', async () => {
    const member = await makeMember(gemeente.id, 'member');
    const elsewhere = await makeOrg();
    await (await db()).insert(memberships).values({ orgId: elsewhere.id, userId: member.user.id, role: 'member' });
    expect(refusal(await signIn({ email: member.user.email, email_verified: true }, newSub())).message).toBe('sso.otherOrganisation');
    expect(await linksOf(member.user.id)).toEqual([]);
  });
});

describe('the client secret at rest', () => {
  const storedSecret = async (orgId: string) =>
    (await (await db()).select({ clientSecret: organisationSso.clientSecret }).from(organisationSso).where(eq(organisationSso.orgId, orgId)))[0]!.clientSecret;
  const setStoredSecret = async (orgId: string, clientSecret: string) =>
    (await db()).update(organisationSso).set({ clientSecret }).where(eq(organisationSso.orgId, orgId));

  it('is stored encrypted, bound to its organisation', async () => {
    const stored = await storedSecret(gemeente.id);
    expect(isSealed(stored)).toBe(true);
    expect(stored).not.toContain(provider.clientSecret);
    expect(openClientSecret(stored, gemeente.id)).toBe(provider.clientSecret);
    expect(() => openClientSecret(stored, off.id)).toThrow();
  });

  it('a secret stored before encryption is encrypted once at start-up, and still signs in', async () => {
    const original = await storedSecret(gemeente.id);
    try {
      await setStoredSecret(gemeente.id, provider.clientSecret);
      const first = await encryptPlainSsoSecrets();
      expect(first.encrypted).toBeGreaterThanOrEqual(1);
      const encrypted = await storedSecret(gemeente.id);
      expect(isSealed(encrypted)).toBe(true);
      expect(openClientSecret(encrypted, gemeente.id)).toBe(provider.clientSecret);
      // Again: nothing left to do, the stored value stays as it is.
      await encryptPlainSsoSecrets();
      expect(await storedSecret(gemeente.id)).toBe(encrypted);

      const member = await makeMember(gemeente.id, 'member');
      const { browserCookie, callback } = await throughProvider(gemeente.slug, { email: member.user.email, email_verified: true });
      expect(await signedInAs(await callBack(gemeente.slug, callback, browserCookie))).toBe(member.user.id);
    } finally {
      await setStoredSecret(gemeente.id, original);
    }
  });

  it('a changed ciphertext is refused: nobody goes to the provider with it', async () => {
    const original = await storedSecret(gemeente.id);
    try {
      const parts = original.split(':');
      parts[3] = (parts[3]![0] === 'A' ? 'B' : 'A') + parts[3]!.slice(1);
      await setStoredSecret(gemeente.id, parts.join(':'));
      const start = await answer(callRoute(startLoader, new Request(`http://x/sso/${gemeente.slug}`), { org: gemeente.slug }));
      expect(await statusOf(start)).toBe(502);
      expect(refusal(start).message).toBe('sso.providerDown');
    } finally {
      await setStoredSecret(gemeente.id, original);
    }
  });

  it('without SECRETS_KEY: no new secret is saved, switching off still is, and start-up leaves plain secrets as they are', async () => {
    const org = await makeOrg('municipality');
    const orgAdmin = await makeMember(org.id, 'admin');
    const key = process.env.SECRETS_KEY;
    delete process.env.SECRETS_KEY;
    try {
      const setup = { issuer: 'https://login.gemeente.nl', clientId: 'spiegel', allowedDomains: ['gemeente.nl'] };
      await expect(updateSsoSettings({ ...orgAdmin, ...setup, clientSecret: 's3cret', enabled: true })).rejects.toMatchObject({
        messageKey: 'sso.secretsKeyMissing',
      });
      await (await db()).insert(organisationSso).values({ orgId: org.id, ...setup, clientSecret: 'oud-geheim', enabled: true });
      await updateSsoSettings({ ...orgAdmin, ...setup, clientSecret: '', enabled: false });
      expect(await storedSecret(org.id)).toBe('oud-geheim');
      expect((await encryptPlainSsoSecrets()).plain).toBeGreaterThanOrEqual(1);
      expect(await storedSecret(org.id)).toBe('oud-geheim');
    } finally {
      process.env.SECRETS_KEY = key;
    }
    // With the key back, saving encrypts the kept secret too.
    await updateSsoSettings({
      ...orgAdmin,
      issuer: 'https://login.gemeente.nl',
      clientId: 'spiegel',
      allowedDomains: ['gemeente.nl'],
      clientSecret: '',
      enabled: false,
    });
    expect(openClientSecret(await storedSecret(org.id), org.id)).toBe('oud-geheim');
  });
});

describe('the single sign-on settings', () => {
  it('keeps the secret to itself, needs one at first, and keeps it when left empty', async () => {
    const org = await makeOrg('municipality');
    const orgAdmin = await makeMember(org.id, 'admin');
    const url = `/o/${org.slug}/settings/sso`;
    const form = {
      intent: 'sso',
      issuer: 'https://login.gemeente.nl/',
      clientId: 'spiegel',
      clientSecret: '',
      allowedDomains: 'gemeente.nl\n@Wijk.Gemeente.nl',
      enabled: 'on',
    };
    const first = await callRoute(ssoSettingsAction, await postAs(orgAdmin.user.id, url, form), { org: org.slug });
    expect(answerOf(first)).toMatchObject({ ok: false, errors: { clientSecret: 'sso.secretRequired' } });

    expect(
      answerOf(await callRoute(ssoSettingsAction, await postAs(orgAdmin.user.id, url, { ...form, clientSecret: 's3cret' }), { org: org.slug })),
    ).toMatchObject({ ok: true });
    await callRoute(ssoSettingsAction, await postAs(orgAdmin.user.id, url, { ...form, clientId: 'spiegel-2' }), { org: org.slug });
    const page = await callRoute(ssoSettingsLoader, await getAs(orgAdmin.user.id, url), { org: org.slug });
    expect(page.settings).toEqual({
      issuer: 'https://login.gemeente.nl/',
      clientId: 'spiegel-2',
      secretSet: true,
      allowedDomains: ['gemeente.nl', 'wijk.gemeente.nl'],
      enabled: true,
      redirectUri: callbackOf(org.slug),
    });
    expect(JSON.stringify(page)).not.toContain('s3cret');
    const [row] = await (await db()).select({ clientSecret: organisationSso.clientSecret }).from(organisationSso).where(eq(organisationSso.orgId, org.id));
    expect(row!.clientSecret).not.toContain('s3cret');
    expect(openClientSecret(row!.clientSecret, org.id)).toBe('s3cret');
  });

  it('refuses plain http except on this machine, and things that are not domains', async () => {
    const org = await makeOrg('municipality');
    const orgAdmin = await makeMember(org.id, 'admin');
    const post = async (fields: Record<string, string>) =>
      answerOf(
        await callRoute(
          ssoSettingsAction,
          await postAs(orgAdmin.user.id, `/o/${org.slug}/settings/sso`, {
            intent: 'sso',
            clientId: 'x',
            clientSecret: 'y',
            issuer: 'https://idp.nl',
            allowedDomains: 'a.nl',
            ...fields,
          }),
          { org: org.slug },
        ),
      );
    expect(await post({ issuer: 'http://idp.gemeente.nl' })).toMatchObject({ errors: { issuer: 'sso.issuerInvalid' } });
    expect(await post({ issuer: 'https://idp.nl/?x=1' })).toMatchObject({ errors: { issuer: 'sso.issuerInvalid' } });
    expect(await post({ issuer: 'http://localhost:8080/realms/x' })).toMatchObject({ ok: true });
    expect(await post({ allowedDomains: 'gemeente' })).toMatchObject({ errors: { allowedDomains: 'sso.domainsInvalid' } });
    expect(await post({ allowedDomains: '  ' })).toMatchObject({ errors: { allowedDomains: 'sso.domainsRequired' } });
  });

  it('tests the connection to the saved provider', async () => {
    const url = `/o/${gemeente.slug}/settings/sso`;
    const tested = await callRoute(ssoSettingsAction, await postAs(admin.user.id, url, { intent: 'sso-test' }), { org: gemeente.slug });
    expect(answerOf(tested)).toMatchObject({ ok: true, value: { issuer: provider.issuer } });

    const org = await makeOrg('municipality');
    const orgAdmin = await makeMember(org.id, 'admin');
    const test = async () =>
      answerOf(await callRoute(ssoSettingsAction, await postAs(orgAdmin.user.id, `/o/${org.slug}/settings/sso`, { intent: 'sso-test' }), { org: org.slug }));
    expect(await test()).toMatchObject({ ok: false, errors: { _form: 'sso.testNothingSaved' } });
    // Nothing listens on port 1.
    await updateSsoSettings({ ...orgAdmin, issuer: 'http://localhost:1', clientId: 'x', clientSecret: 'y', allowedDomains: ['a.nl'], enabled: false });
    expect(await test()).toMatchObject({ ok: false, errors: { _form: 'sso.testFailed' } });
  });

  it('is for admins only', async () => {
    const org = await makeOrg('municipality');
    const coordinator = await makeMember(org.id, 'coordinator');
    expect(await statusOf(callRoute(ssoSettingsLoader, await getAs(coordinator.user.id, `/o/${org.slug}/settings/sso`), { org: org.slug }))).toBe(403);
  });
});
