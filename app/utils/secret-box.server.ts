// Secrets Spiegel must use again later (a provider's client secret) are stored encrypted with
// AES-256-GCM under the operator's SECRETS_KEY (decision 0028). The stored text is
// `v1:<iv>:<tag>:<data>` (base64url): the version names the key, so a later key can sit beside it.
// The context (what the secret is for, and whose) is authenticated too: a value copied to another
// row or column does not open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { config } from './config.server';

const VERSION = 'v1';
const SEALED = /^v1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]*$/;

/** SECRETS_KEY is missing or not 32 bytes in base64. */
export class SecretsKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretsKeyError';
  }
}

/** The key from SECRETS_KEY (32 bytes, base64 or base64url), or null when it is not set. Throws when it is set but wrong. */
export function secretsKey(value = config.secretsKey): Buffer | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(text)) throw new SecretsKeyError('SECRETS_KEY is not base64');
  const key = Buffer.from(text, 'base64');
  if (key.length !== 32) throw new SecretsKeyError(`SECRETS_KEY must be 32 bytes (base64), not ${key.length}`);
  return key;
}

function requiredKey(): Buffer {
  const key = secretsKey();
  if (!key) throw new SecretsKeyError('SECRETS_KEY is not set');
  return key;
}

/** Whether a stored value is one sealSecret made (and not a secret stored as given before encryption). */
export const isSealed = (stored: string) => SEALED.test(stored);

/** Encrypts `plain` for `context` (e.g. `organisation_sso.client_secret:<org id>`). Throws SecretsKeyError without a key. */
export function sealSecret(plain: string, context: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', requiredKey(), iv);
  cipher.setAAD(Buffer.from(`${VERSION}:${context}`, 'utf8'));
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), data.toString('base64url')].join(':');
}

/**
 * The secret sealSecret stored for `context`. Throws when the value was changed, belongs to another
 * context, or the key differs (GCM's tag), or when there is no key.
 */
export function openSecret(stored: string, context: string): string {
  if (!isSealed(stored)) throw new Error('not an encrypted secret');
  const [, iv, tag, data] = stored.split(':') as [string, string, string, string];
  const decipher = createDecipheriv('aes-256-gcm', requiredKey(), Buffer.from(iv, 'base64url'));
  decipher.setAAD(Buffer.from(`${VERSION}:${context}`, 'utf8'));
  decipher.setAuthTag(Buffer.from(tag, 'base64url'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
}
