// Six-character join codes that are easy to read off a projector and type on a phone.
//
// Letters only, so a phone keyboard never has to switch to digits, and without I, O and Q, which
// are read as 1, 0 or each other. That leaves 23 letters: 23^6 ≈ 148 million codes. What people
// type is forgiven: any case, spaces and dashes, and digits that look like one of our letters.

export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKLMNPRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** Digits people may type for a letter of the code (only where the letter is meant unambiguously). */
const LOOK_ALIKES: Record<string, string> = { '2': 'Z', '5': 'S', '6': 'G', '8': 'B' };

/** A new code from the given random source (`crypto.randomInt` in production): `randomInt(max)` is in 0..max-1. */
export function newJoinCode(randomInt: (max: number) => number): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** What someone typed (any case, spaces, dashes, 8 for B …) as a code, or null when it cannot be one. */
export function normaliseJoinCode(input: string): string | null {
  const chars = [
    ...input
      .normalize('NFKC')
      .toUpperCase()
      .replace(/[\s\-_.]/gu, ''),
  ].map((c) => LOOK_ALIKES[c] ?? c);
  if (chars.length !== JOIN_CODE_LENGTH || !chars.every((c) => JOIN_CODE_ALPHABET.includes(c))) return null;
  return chars.join('');
}
