// What a rate limit's refusal (429) tells the visitor: why, and how long to wait. The server's
// limiter (server/limits.ts) writes it; the refusal page and the error page read it.
export const REFUSALS = ['token', 'address', 'room', 'lookups'] as const;
export type Refusal = (typeof REFUSALS)[number];
export type RefusalDetail = { reason: Refusal; minutes: number };

/** Whole minutes to wait, at least one, from a Retry-After in seconds. */
export const minutesToWait = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export const encodeRefusal = (reason: Refusal, retryAfterSeconds: number): string => JSON.stringify({ reason, minutes: minutesToWait(retryAfterSeconds) });

/** The detail, or null for anything else (a refusal from elsewhere, a made-up value). */
export function decodeRefusal(value: unknown): RefusalDetail | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as Partial<RefusalDetail>;
    const { reason, minutes } = parsed;
    if (!(REFUSALS as readonly unknown[]).includes(reason) || !Number.isInteger(minutes) || minutes! < 1 || minutes! > 24 * 60) return null;
    return { reason: reason!, minutes: minutes! };
  } catch {
    return null;
  }
}
