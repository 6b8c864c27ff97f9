// The API's rate limits, in fixed windows: requests per token, and failed authentications (401) per
// client address. In memory, like the limits on public posts (server/limits.ts): with several
// instances each counts its own share (decision 0029).
import { ipKeyGenerator } from 'express-rate-limit';

const WINDOW_MS = 15 * 60 * 1000;

type Window = { count: number; resetAt: number };
type Refused = { ok: false; retryAfterSeconds: number };
type Verdict = { ok: true } | Refused;

/** A positive number from the environment, else the default (an empty variable is the default, not 0). */
const fromEnv = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return process.env[name] && Number.isFinite(value) && value > 0 ? value : fallback;
};

/** The current window of a key, a fresh one when the last has run out; finished windows are forgotten now and then. */
function windowOf(windows: Map<string, Window>, key: string, now: number): Window {
  let current = windows.get(key);
  if (!current || current.resetAt <= now) {
    // So keys no longer used do not add up.
    if (windows.size > 10_000) for (const [k, w] of windows) if (w.resetAt <= now && k !== key) windows.delete(k);
    current = { count: 0, resetAt: now + WINDOW_MS };
    windows.set(key, current);
  }
  return current;
}

const waitFor = (window: Window, now: number): Refused => ({ ok: false, retryAfterSeconds: Math.max(1, Math.ceil((window.resetAt - now) / 1000)) });

const perToken = new Map<string, Window>();

/** Counts one request for this token; says how long to wait when it is over the limit (RATE_LIMIT_API, 1200 per 15 minutes: more than one a second on average). */
export function countApiRequest(tokenId: string, now = Date.now()): Verdict {
  const current = windowOf(perToken, tokenId, now);
  current.count += 1;
  return current.count <= fromEnv('RATE_LIMIT_API', 1200) ? { ok: true } : waitFor(current, now);
}

/**
 * Failed authentications per client address: RATE_LIMIT_FAILED_API_AUTH, 30 per 15 minutes by
 * default. Tokens have 256 bits, so no number of guesses finds one; the limit keeps someone from
 * trying tokens (leaked lists, old tokens) without end, each try a look-up in the database. 30 is
 * well above what an honest caller fails: an integration still polling with a revoked token once a
 * minute fails 15 times a window and keeps seeing the true answer (401), and a person trying a
 * pasted token by hand fails a few times. As the failed look-ups of codes (server/limits.ts),
 * only failures count: a valid token is never counted, nor slowed down.
 */
const failedAuth = new Map<string, Window>();
/** Authentications under way per address: a burst of guesses cannot pass the check before the first of them fails. */
const deciding = new Map<string, number>();

/** The same key as the limits on public posts: the address, an IPv6 address by its /56 network (ipKeyGenerator). */
const addressKey = (address: string) => `address:${ipKeyGenerator(address)}`;

/**
 * Runs the authentication of a call from this address, unless the address failed too often: then
 * it answers how long to wait, without looking at the token (a valid token must not tell itself
 * apart from a wrong one while the address is refused). A failure (`authenticate` answers null)
 * counts; a success does not.
 */
export async function authenticateFrom<T>(
  address: string,
  authenticate: () => Promise<T | null>,
  now = Date.now(),
): Promise<{ ok: true; caller: T | null } | Refused> {
  const key = addressKey(address);
  const current = windowOf(failedAuth, key, now);
  const pending = deciding.get(key) ?? 0;
  if (current.count + pending >= fromEnv('RATE_LIMIT_FAILED_API_AUTH', 30)) return waitFor(current, now);
  deciding.set(key, pending + 1);
  try {
    const caller = await authenticate();
    if (caller === null) windowOf(failedAuth, key, now).count += 1;
    return { ok: true, caller };
  } finally {
    const left = (deciding.get(key) ?? 1) - 1;
    if (left > 0) deciding.set(key, left);
    else deciding.delete(key);
  }
}
