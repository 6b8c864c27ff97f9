import { and, count, eq, gt, isNull } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { loginTokens, users } from '#app/db/schema';
import { createTranslator } from '#app/i18n/catalogue.server';
import { type Locale } from '#app/i18n/i18n';
import { sendMail } from '#app/mail/send-mail.server';
import { config } from '#app/utils/config.server';
import { hashToken, newToken } from '#app/utils/tokens.server';

export const LINK_TTL_MS = 15 * 60 * 1000;
export const MAX_LINKS_PER_ADDRESS = config.loginLinksPerAddress;

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

export type RequestLinkResult = 'sent' | 'rate-limited';

/** Sends a single-use sign-in link valid for 15 minutes; at most 5 per address per 15 minutes. */
export async function requestLoginLink({ email, locale, redirectTo }: { email: string; locale: Locale; redirectTo?: string }): Promise<RequestLinkResult> {
  const address = normaliseEmail(email);
  const database = await db();
  const since = new Date(Date.now() - LINK_TTL_MS);
  const [recent] = await database
    .select({ n: count() })
    .from(loginTokens)
    .where(and(eq(loginTokens.email, address), gt(loginTokens.createdAt, since)));
  if ((recent?.n ?? 0) >= MAX_LINKS_PER_ADDRESS) return 'rate-limited';

  const token = newToken();
  await database.insert(loginTokens).values({ email: address, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + LINK_TTL_MS) });
  const url = new URL('/login/confirm', config.appUrl);
  url.searchParams.set('token', token);
  if (redirectTo) url.searchParams.set('redirectTo', redirectTo);
  const t = createTranslator(locale);
  await sendMail({
    to: address,
    subject: t('auth.mailSubject'),
    text: t('auth.mailBody', { url: url.toString() }),
    lang: locale,
  });
  return 'sent';
}

/**
 * Uses up a sign-in link and returns the user it belongs to (created on first sign-in),
 * or null when the link is unknown, used or expired.
 */
export async function redeemLoginLink(token: string): Promise<{ userId: string } | null> {
  const database = await db();
  return database.transaction(async (tx) => {
    const [used] = await tx
      .update(loginTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(loginTokens.tokenHash, hashToken(token)), isNull(loginTokens.usedAt), gt(loginTokens.expiresAt, new Date())))
      .returning({ email: loginTokens.email });
    if (!used) return null;
    const [user] = await tx
      .insert(users)
      .values({ email: used.email })
      .onConflictDoUpdate({ target: users.email, set: { email: used.email } })
      .returning({ id: users.id });
    return user ? { userId: user.id } : null;
  });
}

/**
 * Only same-site paths: never an open redirect. Browsers drop tab, newline and carriage return from
 * a URL and read `\` as `/`, so `/\t/evil.example` means `//evil.example`: the target is read the way
 * a browser reads it, and only a path on our own origin passes, as that path.
 */
export function safeRedirect(target: unknown, fallback = '/'): string {
  if (typeof target !== 'string' || !target.startsWith('/')) return fallback;
  const origin = 'http://spiegel.invalid';
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return fallback;
  }
  const path = url.pathname + url.search + url.hash;
  // A second slash or backslash after normalising would point at another host in some reader.
  if (url.origin !== origin || !path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return fallback;
  // The parser has encoded any other control character; an encoded one has no place in a link of ours.
  if (/%(0[0-9A-F]|1[0-9A-F]|7F)/i.test(path)) return fallback;
  return path;
}
