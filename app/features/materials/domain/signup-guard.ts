// Spam rules for the public sign-up page: a honeypot field people never see, and a minimum
// time between opening the form and sending it, proven by a signed timestamp.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const HONEYPOT_FIELD = 'website';
export const DEFAULT_MIN_SECONDS = 3;

function sign(issuedAt: number, secret: string): string {
  return createHmac('sha256', secret).update(`signup:${issuedAt}`).digest('base64url');
}

/** The hidden field's value: when the form was shown, with a signature only the server can make. */
export function signFormTime(issuedAt: number, secret: string): string {
  return `${issuedAt}.${sign(issuedAt, secret)}`;
}

export type FormTimeCheck = 'ok' | 'invalid' | 'too-fast';

/** Whether a form was open long enough; a missing or forged timestamp counts as invalid. */
export function checkFormTime(token: string, now: number, secret: string, minSeconds = DEFAULT_MIN_SECONDS): FormTimeCheck {
  const match = /^(\d{10,16})\.([\w-]{20,100})$/.exec(token.trim());
  if (!match) return 'invalid';
  const issuedAt = Number(match[1]);
  const expected = Buffer.from(sign(issuedAt, secret));
  const given = Buffer.from(match[2]!);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return 'invalid';
  // A timestamp from the future is a forgery or a clock problem; treat it like too fast.
  if (now - issuedAt < minSeconds * 1000) return 'too-fast';
  return 'ok';
}

/** Bots fill every field; people never see the honeypot. */
export function isHoneypotFilled(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

/** The minimum fill time from the environment (SIGNUP_MIN_SECONDS), else the default. */
export function minSecondsFrom(value: string | undefined): number {
  const n = Number(value);
  return value !== undefined && value.trim() !== '' && Number.isFinite(n) && n >= 0 ? n : DEFAULT_MIN_SECONDS;
}
