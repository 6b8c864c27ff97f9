import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { loginTokens, mailOutbox, sessions } from '#app/db/schema';
import { uniqueEmail } from '#tests/factories';
import { MAX_LINKS_PER_ADDRESS, redeemLoginLink, requestLoginLink, safeRedirect } from './login.server';
import { ABSOLUTE_MS, createSession, endOtherSessions, endSession, getSessionUser, IDLE_MS, listSessions } from './session.server';

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

  it('ends a session after a week without use, and after 30 days whatever happens', async () => {
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
