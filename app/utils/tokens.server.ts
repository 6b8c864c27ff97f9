import { createHash, randomBytes } from 'node:crypto';

export const newToken = () => randomBytes(32).toString('base64url');
/** Tokens are stored as hashes: a leaked database holds no usable links or sessions. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
