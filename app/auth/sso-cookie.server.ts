// The browser's half of a sign-in at an organisation's own provider (single sign-on) under way: a
// random token whose hash finds the attempt on the server (app/features/sso). `__Host-` where the
// site is https, like the session cookie.
import { createCookie } from 'react-router';
import { config } from '#app/utils/config.server';

/** A sign-in at the provider must come back within ten minutes. */
export const ATTEMPT_TTL_MS = 10 * 60 * 1000;

export const attemptCookie = createCookie(config.secureCookies ? '__Host-spiegel_sso' : 'spiegel_sso', {
  httpOnly: true,
  // Lax: the provider sends the browser back with a top-level GET from its own site.
  sameSite: 'lax',
  path: '/',
  secure: config.secureCookies,
  maxAge: ATTEMPT_TTL_MS / 1000,
});

/** Clears the attempt cookie: on every answer of the callback. */
export const clearAttemptCookie = () => attemptCookie.serialize('', { maxAge: 0 });
