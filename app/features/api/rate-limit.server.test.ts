// The API's count of failed authentications per address, on its own clock: the window ends, and
// what is not a failure (a valid token, a database error) is not counted.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authenticateFrom } from './rate-limit.server';

afterEach(() => vi.unstubAllEnvs());

const fail = () => Promise.resolve(null);
const pass = () => Promise.resolve({ tokenId: 't' });

describe('failed API authentications per address', () => {
  it('refuses after the limit until the window of 15 minutes ends, then counts anew', async () => {
    vi.stubEnv('RATE_LIMIT_FAILED_API_AUTH', '2');
    const start = Date.parse('2026-12-03T09:00:00Z');
    expect(await authenticateFrom('192.0.2.10', fail, start)).toEqual({ ok: true, caller: null });
    expect(await authenticateFrom('192.0.2.10', fail, start + 1000)).toEqual({ ok: true, caller: null });
    expect(await authenticateFrom('192.0.2.10', pass, start + 60_000)).toEqual({ ok: false, retryAfterSeconds: 14 * 60 });
    expect(await authenticateFrom('192.0.2.10', pass, start + 15 * 60_000)).toEqual({ ok: true, caller: { tokenId: 't' } });
    expect(await authenticateFrom('192.0.2.10', fail, start + 15 * 60_000)).toEqual({ ok: true, caller: null });
    expect(await authenticateFrom('192.0.2.10', fail, start + 15 * 60_000)).toEqual({ ok: true, caller: null });
    expect((await authenticateFrom('192.0.2.10', fail, start + 16 * 60_000)).ok).toBe(false);
  });

  it('counts neither valid tokens nor an authentication that failed to run', async () => {
    vi.stubEnv('RATE_LIMIT_FAILED_API_AUTH', '1');
    const now = Date.parse('2026-12-03T10:00:00Z');
    for (let i = 0; i < 50; i++) expect((await authenticateFrom('192.0.2.20', pass, now)).ok).toBe(true);
    await expect(authenticateFrom('192.0.2.20', () => Promise.reject(new Error('database down')), now)).rejects.toThrow('database down');
    expect(await authenticateFrom('192.0.2.20', fail, now)).toEqual({ ok: true, caller: null });
    expect((await authenticateFrom('192.0.2.20', pass, now)).ok).toBe(false);
  });
});
