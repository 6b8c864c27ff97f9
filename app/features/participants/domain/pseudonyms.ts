// Participants are known by a pseudonym ("Ouder A", "Jongere C") everywhere except their own
// personal-data record. Pure rules: no database.
import type { participants } from '#app/db/schema';

export type ParticipantKind = (typeof participants.$inferSelect)['kind'];
export const PARTICIPANT_KINDS = ['parent', 'youth', 'carer', 'grandparent', 'other'] as const satisfies readonly ParticipantKind[];

/** The pseudonyms are Dutch on purpose: they end up in Dutch minutes and reports. */
export const PSEUDONYM_PREFIX: Record<ParticipantKind, string> = {
  parent: 'Ouder',
  youth: 'Jongere',
  carer: 'Opvoeder',
  grandparent: 'Grootouder',
  other: 'Deelnemer',
};

/** 0 → A, 25 → Z, 26 → AA, 27 → AB … (like spreadsheet columns). */
export function letters(index: number): string {
  let n = Math.floor(index) + 1;
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The first free pseudonym for this kind: fills gaps left by removed participants. */
export function nextPseudonym(kind: ParticipantKind, taken: readonly string[]): string {
  const used = new Set(taken);
  for (let i = 0; ; i++) {
    const candidate = `${PSEUDONYM_PREFIX[kind]} ${letters(i)}`;
    if (!used.has(candidate)) return candidate;
  }
}

/** Orders "Ouder B" before "Ouder AA", kinds grouped by their word. */
export function comparePseudonyms(a: string, b: string): number {
  const [wordA = '', lettersA = ''] = a.split(' ');
  const [wordB = '', lettersB = ''] = b.split(' ');
  return wordA.localeCompare(wordB, 'nl') || lettersA.length - lettersB.length || lettersA.localeCompare(lettersB);
}
