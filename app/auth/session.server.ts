import { and, desc, eq, gt, ne, type SQL } from 'drizzle-orm';
import { createCookie, redirect } from 'react-router';
import { db } from '#app/db/client.server';
import { sessions, users } from '#app/db/schema';
import { sessionEndedNotifySql } from '#app/realtime/publish.server';
import { config } from '#app/utils/config.server';
import { hashToken, newToken } from '#app/utils/tokens.server';

// OWASP ASVS 4.0.3 L2 (3.3.2): sign in again after 12 hours, or after 30 minutes without activity.
// An open live screen (its event stream) is activity: it calls keepSessionAlive while it is open.
export const IDLE_MS = 30 * 60 * 1000;
export const ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** Last-seen is written at most once a minute per session, not on every request or event. */
export const TOUCH_MS = 60 * 1000;

/** `__Host-` (ASVS 3.4.4) where the site is served over https: only then may the cookie be Secure. */
export const sessionCookieName = (secure: boolean) => (secure ? '__Host-spiegel_session' : 'spiegel_session');

export function makeSessionCookie(secure: boolean) {
  // A __Host- cookie must be Secure, have Path=/ and no Domain: exactly this.
  return createCookie(sessionCookieName(secure), { httpOnly: true, sameSite: 'lax', path: '/', secure, maxAge: ABSOLUTE_MS / 1000 });
}

const sessionCookie = makeSessionCookie(config.secureCookies);

/** Within the absolute limit, by the stored expiry and by the creation time (a session made under a longer limit obeys the current one). */
const stillValid = (now: Date) => [gt(sessions.expiresAt, now), gt(sessions.createdAt, new Date(now.getTime() - ABSOLUTE_MS))];

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
    .where(and(eq(sessions.tokenHash, hashToken(token)), ...stillValid(now)))
    .limit(1);
  if (!row) return null;
  if (now.getTime() - row.session.lastSeenAt.getTime() > IDLE_MS) {
    await deleteSessions(eq(sessions.id, row.session.id));
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

/**
 * Deletes sessions and, in the same statement, announces each one's end by NOTIFY: every instance
 * then closes that session's open event streams (app/realtime/sse.server.ts).
 */
async function deleteSessions(where: SQL | undefined): Promise<void> {
  await (await db()).delete(sessions).where(where).returning({ id: sessions.id, notified: sessionEndedNotifySql });
}

/**
 * Called while a session's live screen is open: counts as activity (last-seen now) unless the
 * session has already ended, run idle or reached its absolute limit. False means: close the stream.
 */
export async function keepSessionAlive(sessionId: string): Promise<boolean> {
  const now = new Date();
  const [row] = await (
    await db()
  )
    .update(sessions)
    .set({ lastSeenAt: now })
    .where(and(eq(sessions.id, sessionId), ...stillValid(now), gt(sessions.lastSeenAt, new Date(now.getTime() - IDLE_MS))))
    .returning({ id: sessions.id });
  return Boolean(row);
}

export async function destroySession(request: Request): Promise<string> {
  const token = await tokenFrom(request);
  if (token) await deleteSessions(eq(sessions.tokenHash, hashToken(token)));
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
  await deleteSessions(and(eq(sessions.userId, userId), eq(sessions.id, sessionId)));
}

export async function endOtherSessions({ userId, keepSessionId }: { userId: string; keepSessionId: string }) {
  await deleteSessions(and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)));
}
