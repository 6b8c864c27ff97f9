import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { loginTokens, mailOutbox, sessions } from '#app/db/schema';
import { uniqueEmail } from '#tests/factories';
import { MAX_LINKS_PER_ADDRESS, redeemLoginLink, requestLoginLink, safeRedirect } from './login.server';
import {
  ABSOLUTE_MS,
  createSession,
  endOtherSessions,
  endSession,
  getSessionUser,
  IDLE_MS,
  keepSessionAlive,
  listSessions,
  makeSessionCookie,
} from './session.server';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

async function latestLinkToken(email: string): Promise<string> {
  const [mail] = await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, email)).orderBy(desc(mailOutbox.createdAt)).limit(1);
  const match = mail?.text.match(/token=([\w-]+)/);
  if (!match?.[1]) throw new Error('no link in mail');
  return match[1];
}

describe('sign-in links', () => {
  it('sends a link in the chosen language that signs in exactly once', async () => {
    const email = uniqueEmail();
    expect(await requestLoginLink({ email: email.toUpperCase(), locale: 'nl' })).toBe('sent');
    const [mail] = await (await db()).select().from(mailOutbox).where(eq(mailOutbox.to, email));
    expect(mail?.subject).toBe('Uw inloglink voor Spiegel');
    const token = await latestLinkToken(email);
    const first = await redeemLoginLink(token);
    expect(first?.userId).toBeTruthy();
    expect(await redeemLoginLink(token)).toBeNull();
  });

  it('refuses an expired link and an unknown one', async () => {
    const email = uniqueEmail();
    await requestLoginLink({ email, locale: 'en' });
    const token = await latestLinkToken(email);
    await (
      await db()
    )
      .update(loginTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(loginTokens.email, email));
    expect(await redeemLoginLink(token)).toBeNull();
    expect(await redeemLoginLink('not-a-token')).toBeNull();
  });

  it('signs in the same user again with a new link', async () => {
    const email = uniqueEmail();
    await requestLoginLink({ email, locale: 'nl' });
    const a = await redeemLoginLink(await latestLinkToken(email));
    await requestLoginLink({ email, locale: 'nl' });
    const b = await redeemLoginLink(await latestLinkToken(email));
    expect(b?.userId).toBe(a?.userId);
  });

  it('limits links per address', async () => {
    const email = uniqueEmail();
    for (let i = 0; i < MAX_LINKS_PER_ADDRESS; i++) expect(await requestLoginLink({ email, locale: 'nl' })).toBe('sent');
    expect(await requestLoginLink({ email, locale: 'nl' })).toBe('rate-limited');
  });

  it('only redirects within the site', () => {
    expect(safeRedirect('/o/demo')).toBe('/o/demo');
    expect(safeRedirect('//evil.example')).toBe('/');
    expect(safeRedirect('https://evil.example')).toBe('/');
    expect(safeRedirect('/\\evil.example')).toBe('/');
    expect(safeRedirect(null)).toBe('/');
  });

  it('reads the target as a browser does before allowing it (issue 13, item 10)', () => {
    // Browsers drop tab, newline and CR and read a backslash as a slash: each of these leaves the site.
    const bad = [
      '/\t/evil.example',
      '/\n/evil.example',
      '/\r/evil.example',
      '/%0A/x',
      '/%09/evil.example',
      '/%00',
      '//evil',
      '/\\evil',
      '\\/evil',
      'https://evil',
      'javascript:alert(1)',
      '/\u0000/x',
      ' /x',
      '',
    ];
    for (const target of bad) expect(safeRedirect(target, 'FALLBACK'), JSON.stringify(target)).toBe('FALLBACK');
    const good = ['/', '/o/demo', '/o/demo/t/1?tab=2', '/o/demo#top', '/p/board?code=ab%20cd', '/o/caf%C3%A9'];
    for (const target of good) expect(safeRedirect(target, 'FALLBACK'), target).toBe(target);
    // A path that the URL parser tidies is given back tidied, still on the site.
    expect(safeRedirect('/o/./demo/../demo')).toBe('/o/demo');
  });
});

describe('sessions', () => {
  async function signedInRequest() {
    const email = uniqueEmail();
    await requestLoginLink({ email, locale: 'nl' });
    const { userId } = (await redeemLoginLink(await latestLinkToken(email)))!;
    const setCookie = await createSession(userId, new Request('http://x/', { headers: { 'user-agent': 'Test' } }));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const cookie = setCookie.split(';')[0]!;
    return { userId, request: new Request('http://x/', { headers: { cookie } }) };
  }

  it('recognises the cookie and ends other sessions but not this one', async () => {
    const one = await signedInRequest();
    const user = await getSessionUser(one.request);
    expect(user?.id).toBe(one.userId);
    await createSession(one.userId, new Request('http://x/'));
    expect(await listSessions(one.userId)).toHaveLength(2);
    await endOtherSessions({ userId: one.userId, keepSessionId: user!.sessionId });
    expect(await listSessions(one.userId)).toHaveLength(1);
    expect((await getSessionUser(one.request))?.id).toBe(one.userId);
  });

  it('ends a session after the idle limit, and after the absolute limit whatever happens', async () => {
    const idle = await signedInRequest();
    const idleUser = await getSessionUser(idle.request);
    await (
      await db()
    )
      .update(sessions)
      .set({ lastSeenAt: new Date(Date.now() - IDLE_MS - 1000) })
      .where(eq(sessions.id, idleUser!.sessionId));
    expect(await getSessionUser(idle.request)).toBeNull();
    expect(await listSessions(idle.userId)).toHaveLength(0);

    const old = await signedInRequest();
    const oldUser = await getSessionUser(old.request);
    const createdLongAgo = new Date(Date.now() - ABSOLUTE_MS - 1000);
    await (
      await db()
    )
      .update(sessions)
      .set({ createdAt: createdLongAgo, expiresAt: new Date(createdLongAgo.getTime() + ABSOLUTE_MS), lastSeenAt: new Date() })
      .where(eq(sessions.id, oldUser!.sessionId));
    expect(await getSessionUser(old.request)).toBeNull();
  });

  async function setSession(sessionId: string, values: Partial<typeof sessions.$inferInsert>) {
    await (await db()).update(sessions).set(values).where(eq(sessions.id, sessionId));
  }

  it('asks to sign in again after 30 minutes without activity (ASVS 4.0.3 L2, 3.3.2; issue 13, item 11)', async () => {
    const a = await signedInRequest();
    const session = (await getSessionUser(a.request))!;
    await setSession(session.sessionId, { lastSeenAt: new Date(Date.now() - 29 * MINUTE) });
    expect((await getSessionUser(a.request))?.id).toBe(a.userId);
    // That request was activity: the clock starts again.
    const [row] = await (await db()).select().from(sessions).where(eq(sessions.id, session.sessionId));
    expect(Date.now() - row!.lastSeenAt.getTime()).toBeLessThan(MINUTE);

    await setSession(session.sessionId, { lastSeenAt: new Date(Date.now() - 31 * MINUTE) });
    expect(await getSessionUser(a.request)).toBeNull();
    expect(await listSessions(a.userId)).toHaveLength(0);
  });

  it('asks to sign in again 12 hours after signing in, however active (ASVS 4.0.3 L2, 3.3.2; issue 13, item 11)', async () => {
    const a = await signedInRequest();
    const session = (await getSessionUser(a.request))!;
    const [row] = await (await db()).select().from(sessions).where(eq(sessions.id, session.sessionId));
    expect(row!.expiresAt.getTime() - row!.createdAt.getTime()).toBeLessThanOrEqual(12 * HOUR + MINUTE);

    await setSession(session.sessionId, { createdAt: new Date(Date.now() - 11 * HOUR), lastSeenAt: new Date() });
    expect((await getSessionUser(a.request))?.id).toBe(a.userId);
    // Also a session stored under the old, longer limit: its creation time decides.
    await setSession(session.sessionId, {
      createdAt: new Date(Date.now() - 12 * HOUR - MINUTE),
      expiresAt: new Date(Date.now() + 24 * HOUR),
      lastSeenAt: new Date(),
    });
    expect(await getSessionUser(a.request)).toBeNull();
  });

  it('counts an open live screen as activity, but never past the limits (issue 13, item 11)', async () => {
    const a = await signedInRequest();
    const session = (await getSessionUser(a.request))!;
    await setSession(session.sessionId, { lastSeenAt: new Date(Date.now() - 29 * MINUTE) });
    expect(await keepSessionAlive(session.sessionId)).toBe(true);
    // 29 minutes later still signed in: the stream's refresh counted.
    await setSession(session.sessionId, { lastSeenAt: new Date(Date.now() - 2 * MINUTE) });
    expect((await getSessionUser(a.request))?.id).toBe(a.userId);

    await setSession(session.sessionId, { lastSeenAt: new Date(Date.now() - 31 * MINUTE) });
    expect(await keepSessionAlive(session.sessionId)).toBe(false);
    await setSession(session.sessionId, { lastSeenAt: new Date(), createdAt: new Date(Date.now() - 12 * HOUR - MINUTE) });
    expect(await keepSessionAlive(session.sessionId)).toBe(false);
    expect(await getSessionUser(a.request)).toBeNull();
  });

  it('names the cookie with __Host- over https and plainly over http (ASVS 3.4.4; issue 13, item 11)', async () => {
    const secure = await makeSessionCookie(true).serialize('abc');
    expect(secure).toMatch(/^__Host-spiegel_session=[^;]+;/);
    expect(secure).toMatch(/; Secure/);
    expect(secure).toMatch(/; Path=\/(;|$)/);
    expect(secure).not.toMatch(/Domain=/i);
    expect(secure).toMatch(/Max-Age=43200/);
    const plain = await makeSessionCookie(false).serialize('abc');
    expect(plain).toMatch(/^spiegel_session=[^;]+;/);
    expect(plain).not.toMatch(/Secure/);
    // The https cookie is read back under its own name only.
    expect(await makeSessionCookie(true).parse(secure.split(';')[0]!)).toBe('abc');
    expect(await makeSessionCookie(true).parse(plain.split(';')[0]!)).toBeNull();
  });

  it("cannot end someone else's session", async () => {
    const mine = await signedInRequest();
    const theirs = await signedInRequest();
    const theirSession = await getSessionUser(theirs.request);
    await endSession({ userId: mine.userId, sessionId: theirSession!.sessionId });
    expect((await getSessionUser(theirs.request))?.id).toBe(theirs.userId);
  });

  it('ignores a forged cookie', async () => {
    expect(await getSessionUser(new Request('http://x/', { headers: { cookie: 'spiegel_session=abc' } }))).toBeNull();
  });
});
