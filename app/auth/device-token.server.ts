// Board participants have no account: their phone carries a random device token in an HttpOnly
// cookie. Only its SHA-256 is stored, so a database leak cannot be turned into a device.
import { createHash, randomBytes } from 'node:crypto';
import { config } from '#app/utils/config.server';

const COOKIE = 'spiegel_device';

export const hashDevice = (token: string) => createHash('sha256').update(token).digest('base64url');

export function readDeviceToken(request: Request): string | null {
  const cookie = request.headers.get('cookie') ?? '';
  const match = new RegExp(`(?:^|;\\s*)${COOKIE}=([A-Za-z0-9_-]{43})(?:;|$)`).exec(cookie);
  return match ? match[1]! : null;
}

export const newDeviceToken = () => randomBytes(32).toString('base64url');

/** Kept for 30 days: long enough to come back to the board after the session. */
export function deviceCookie(token: string): string {
  const secure = config.secureCookies ? '; Secure' : '';
  return `${COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${30 * 24 * 3600}${secure}`;
}
