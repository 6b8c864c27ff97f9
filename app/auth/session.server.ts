import { and, desc, eq, gt, ne } from 'drizzle-orm';
import { createCookie, redirect } from 'react-router';
import { db } from '#app/db/client.server';
import { sessions, users } from '#app/db/schema';
import { config } from '#app/utils/config.server';
import { hashToken, newToken } from '#app/utils/tokens.server';

export const IDLE_MS = 7 * 24 * 60 * 60 * 1000;
export const ABSOLUTE_MS = 30 * 24 * 60 * 60 * 1000;
const TOUCH_MS = 60 * 1000;

const sessionCookie = createCookie('spiegel_session', {
  httpOnly: true,
  sameSite: 'lax',
  path: '/',
  secure: config.secureCookies,
  maxAge: ABSOLUTE_MS / 1000,
});

export type SessionUser = { sessionId: string; id: string; email: string; name: string; locale: string };

/** A new session id at every sign-in; the cookie carries a random token, the database its hash. */
export async function createSession(userId: string, request: Request): Promise<string> {
  const token = newToken();
  await (await db()).insert(sessions).values({
    tokenHash: hashToken(token),
    userId,
    userAgent: (request.headers.get('user-agent') ?? '').slice(0, 300),
    expiresAt: new Date(Date.now() + ABSOLUTE_MS),
  });
  return sessionCookie.serialize(token);
}

async function tokenFrom(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get('cookie'));
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export async function getSessionUser(request: Request): Promise<SessionUser | null> {
  const token = await tokenFrom(request);
  if (!token) return null;
  const database = await db();
  const now = new Date();
  const [row] = await database
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)))
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > IDLE_MS) {
    await database.delete(sessions).where(eq(sessions.id, row.session.id));
    return null;
  }
  if (now.getTime() - row.session.lastSeenAt.getTime() > TOUCH_MS) {
    await database.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.session.id));
  }
  return {
    sessionId: row.session.id,
    id: row.user.id,
    email: row.user.email,
    name: row.user.name,
    locale: row.user.locale,
  };
}

export async function requireUser(request: Request): Promise<SessionUser> {
  const user = await getSessionUser(request);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/login?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

export async function destroySession(request: Request): Promise<string> {
  const token = await tokenFrom(request);
  if (token) await (await db()).delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
  return sessionCookie.serialize('', { maxAge: 0 });
}

export async function listSessions(userId: string) {
  return (await db())
    .select({
      id: sessions.id,
      userAgent: sessions.userAgent,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, userId), gt(sessions.expiresAt, new Date())))
    .orderBy(desc(sessions.lastSeenAt));
}

/** Ends one of the user's own sessions; someone else's session id matches nothing. */
export async function endSession({ userId, sessionId }: { userId: string; sessionId: string }) {
  await (await db()).delete(sessions).where(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)));
}

export async function endOtherSessions({ userId, keepSessionId }: { userId: string; keepSessionId: string }) {
  await (await db()).delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}
