// The API's rate limit: per token, a fixed window. In memory, like the limits on public posts
// (server/limits.ts): with several instances each counts its own share.
const WINDOW_MS = 15 * 60 * 1000;
const windows = new Map<string, { count: number; resetAt: number }>();

/** Requests per token per 15 minutes: RATE_LIMIT_API, 1200 by default (more than one a second on average). */
const limitPerWindow = () => {
  const value = Number(process.env.RATE_LIMIT_API);
  return process.env.RATE_LIMIT_API && Number.isFinite(value) && value > 0 ? value : 1200;
};

/** Counts one request for this token; says how long to wait when it is over the limit. */
export function countApiRequest(tokenId: string, now = Date.now()): { ok: true } | { ok: false; retryAfterSeconds: number } {
  let current = windows.get(tokenId);
  if (!current || current.resetAt <= now) {
    // Forget finished windows now and then, so tokens no longer used do not add up.
    if (windows.size > 10_000) for (const [key, w] of windows) if (w.resetAt <= now) windows.delete(key);
    current = { count: 0, resetAt: now + WINDOW_MS };
    windows.set(tokenId, current);
  }
  current.count += 1;
  if (current.count <= limitPerWindow()) return { ok: true };
  return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((current.resetAt - now) / 1000)) };
}
