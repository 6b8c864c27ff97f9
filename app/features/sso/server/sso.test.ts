// Single sign-on against a real OpenID Connect provider (oidc-provider) started in this test: the
// whole authorization code flow over HTTP, through the app's own start and callback routes.
import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getSessionUser } from '#app/auth/session.server';
import { db } from '#app/db/client.server';
import { memberships, ssoAttempts, users } from '#app/db/schema';
import { loader as loginLoader } from '#app/routes/login';
import { action as ssoSettingsAction, loader as ssoSettingsLoader } from '#app/routes/org-sso';
import { loader as callbackLoader } from '#app/routes/sso-callback';
import { loader as startLoader } from '#app/routes/sso-start';
import { config } from '#app/utils/config.server';
import { makeMember, makeOrg, makeUser, uniqueEmail } from '#tests/factories';
import { answerOf, callRoute, getAs, postAs, statusOf } from '#tests/http';
import { followToCallback, startOidcProvider, type TestAccount, type TestProvider } from '#tests/oidc-provider';
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
async function throughProvider(slug: string, account: TestAccount, redirectTo = '') {
  provider.signInAs(`acc-${account.email}`, account);
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
