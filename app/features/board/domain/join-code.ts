// STUB (helper A): six-character join codes without look-alike characters.
/** A new code from the given random bytes source (crypto.randomInt in production). */
export function newJoinCode(_randomInt: (max: number) => number): string {
  throw new Error('todo');
}
/** What someone typed (any case, spaces, dashes, O for 0 …) as a code, or null when it cannot be one. */
export function normaliseJoinCode(_input: string): string | null {
  throw new Error('todo');
}
