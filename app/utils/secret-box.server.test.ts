import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { isSealed, openSecret, sealSecret, secretsKey, SecretsKeyError } from './secret-box.server';

const testKey = process.env.SECRETS_KEY;
afterEach(() => {
  process.env.SECRETS_KEY = testKey;
});

/** The stored text with one character of the part at `index` (1 iv, 2 tag, 3 data) changed. */
function tamper(stored: string, index: number): string {
  const parts = stored.split(':');
  const part = parts[index]!;
  parts[index] = (part[0] === 'A' ? 'B' : 'A') + part.slice(1);
  return parts.join(':');
}

describe('secrets encrypted at rest (AES-256-GCM under SECRETS_KEY)', () => {
  it('opens what it sealed, with a fresh iv each time and the version in front', () => {
    const sealed = sealSecret('geheim — ünïcode ✓', 'ctx:1');
    expect(sealed).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(isSealed(sealed)).toBe(true);
    expect(sealed).not.toContain('geheim');
    expect(openSecret(sealed, 'ctx:1')).toBe('geheim — ünïcode ✓');
    expect(sealSecret('geheim', 'ctx:1')).not.toBe(sealSecret('geheim', 'ctx:1'));
    expect(openSecret(sealSecret('', 'ctx:1'), 'ctx:1')).toBe('');
  });

  it('refuses a changed iv, tag or ciphertext, another context, and another key', () => {
    const sealed = sealSecret('geheim', 'organisation_sso.client_secret:a');
    for (const index of [1, 2, 3]) expect(() => openSecret(tamper(sealed, index), 'organisation_sso.client_secret:a')).toThrow();
    expect(() => openSecret(sealed, 'organisation_sso.client_secret:b')).toThrow();
    expect(() => openSecret(sealed.replace(/^v1/, 'v2'), 'organisation_sso.client_secret:a')).toThrow('not an encrypted secret');
    process.env.SECRETS_KEY = randomBytes(32).toString('base64');
    expect(() => openSecret(sealed, 'organisation_sso.client_secret:a')).toThrow();
  });

  it('does not take a plain secret for an encrypted one', () => {
    expect(isSealed('s3cret')).toBe(false);
    expect(isSealed('v1:s3cret')).toBe(false);
    expect(isSealed('')).toBe(false);
  });

  it('needs a key of 32 bytes in base64', () => {
    expect(secretsKey('')).toBeNull();
    expect(secretsKey(randomBytes(32).toString('base64url'))?.length).toBe(32);
    expect(() => secretsKey(randomBytes(16).toString('base64'))).toThrow(SecretsKeyError);
    expect(() => secretsKey('geen base64!')).toThrow(SecretsKeyError);
    delete process.env.SECRETS_KEY;
    expect(() => sealSecret('geheim', 'ctx')).toThrow(SecretsKeyError);
  });
});
