import { randomInt } from 'node:crypto';

// No 0/O, 1/I/L: short codes are read aloud and typed from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** A short public code (e.g. for a QR code on a flyer), about 40 bits at 8 characters. */
export function newShortCode(length = 8): string {
  let code = '';
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
