import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkFormTime, DEFAULT_MIN_SECONDS, isHoneypotFilled, minSecondsFrom, signFormTime } from './signup-guard';

const secret = 'test-secret';
const t0 = Date.parse('2026-03-01T10:00:00Z');

describe('sign-up spam rules', () => {
  it('accepts a form open for at least the minimum time', () => {
    const token = signFormTime(t0, secret);
    expect(checkFormTime(token, t0 + 3000, secret)).toBe('ok');
    expect(checkFormTime(token, t0 + 60 * 60 * 1000, secret)).toBe('ok');
  });

  it('rejects a form sent too fast, or with a time from the future', () => {
    const token = signFormTime(t0, secret);
    expect(checkFormTime(token, t0 + 2999, secret)).toBe('too-fast');
    expect(checkFormTime(token, t0 - 10_000, secret)).toBe('too-fast');
    expect(checkFormTime(token, t0 + 1000, secret, 0)).toBe('ok');
    expect(checkFormTime(token, t0 + 9000, secret, 10)).toBe('too-fast');
  });

  it('rejects a forged, changed or missing timestamp', () => {
    const token = signFormTime(t0, secret);
    const [, signature] = token.split('.');
    expect(checkFormTime(`${t0 - 60_000}.${signature}`, t0 + 5000, secret)).toBe('invalid');
    expect(checkFormTime(signFormTime(t0, 'other-secret'), t0 + 5000, secret)).toBe('invalid');
    expect(checkFormTime('', t0, secret)).toBe('invalid');
    expect(checkFormTime(String(t0), t0 + 5000, secret)).toBe('invalid');
    fc.assert(
      fc.property(fc.string(), (junk) => {
        expect(checkFormTime(junk, t0, secret)).not.toBe('ok');
      }),
    );
  });

  it('spots a filled honeypot', () => {
    expect(isHoneypotFilled('http://spam.example')).toBe(true);
    expect(isHoneypotFilled('')).toBe(false);
    expect(isHoneypotFilled('  ')).toBe(false);
    expect(isHoneypotFilled(null)).toBe(false);
  });

  it('reads the minimum time from the environment', () => {
    expect(minSecondsFrom(undefined)).toBe(DEFAULT_MIN_SECONDS);
    expect(minSecondsFrom('')).toBe(DEFAULT_MIN_SECONDS);
    expect(minSecondsFrom('0')).toBe(0);
    expect(minSecondsFrom('5')).toBe(5);
    expect(minSecondsFrom('-1')).toBe(DEFAULT_MIN_SECONDS);
    expect(minSecondsFrom('abc')).toBe(DEFAULT_MIN_SECONDS);
  });
});
