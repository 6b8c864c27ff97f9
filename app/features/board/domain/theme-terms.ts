// What a sticky note is about, as weighted terms for theme suggestions: Dutch words (stop words
// left out, slips repaired, lemmatised and stemmed), the parts of compounds, and the synonym groups
// of this field (synonyms.nl.json) that its words belong to. Pure and deterministic once the word
// list is loaded (dutch-words.ts).
import { stemmer } from '@orama/stemmers/dutch';
import { analyse, fold, repair, STOP_WORDS } from './dutch-words';
import synonyms from './synonyms.nl.json';

/** Weight of a compound part ("zorg" in "jeugdzorg") against a whole word (1). */
export const PART_WEIGHT = 0.5;
/** Weight of a synonym group that a word belongs to ("~wachten" for "wachtlijst"). */
export const GROUP_WEIGHT = 1;
/** Weight of words said about everyone in this field ("ouder", "kind"). */
export const GENERIC_WEIGHT = 0.3;

/** The tokens of a text, lower case, with their folded form; numbers and one-letter words left out. */
export function tokens(text: string): { surface: string; folded: string }[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .map((raw) => ({ surface: raw.toLowerCase(), folded: fold(raw) }))
    .filter((t) => t.folded.length >= 2 && !/^\p{N}+$/u.test(t.folded));
}

/**
 * The comparison key of a base form: Snowball's stem, with a last v/z folded onto f/s, a doubled
 * last consonant and a doubled vowel before the last consonant made single, so "brieven", "brief",
 * "vragen", "vraag", "snappen", "snap", "scholen" and "school" meet their partners.
 */
export function stemKey(lemma: string): string {
  let stem = stemmer(lemma);
  if (stem.length >= 4 && stem.endsWith('v')) stem = stem.slice(0, -1) + 'f';
  if (stem.length >= 4 && stem.endsWith('z')) stem = stem.slice(0, -1) + 's';
  return stem.replace(/([^aeiou])\1$/u, '$1').replace(/([^aeiou])([aeiou])\2([^aeiouj])$/u, '$1$2$3');
}

export type NoteWord = { surface: string; stem: string; partStems: string[] };

/** The meaningful words of a text with their stems and compound parts; `nearby` counts the words of the collection, for repairs. */
export function noteWords(text: string, nearby?: ReadonlyMap<string, number>): NoteWord[] {
  const out: NoteWord[] = [];
  for (const { surface, folded } of tokens(text)) {
    if (STOP_WORDS.has(folded)) continue;
    const word = repair(folded, nearby);
    const { lemma, parts } = analyse(word);
    const stem = stemKey(lemma);
    out.push({ surface, stem, partStems: parts.map(stemKey).filter((p) => p !== stem) });
  }
  return out;
}

type GroupIndex = { byStem: Map<string, string[]>; phrases: { group: string; stems: string[] }[]; generic: Set<string> };
let groupIndex: GroupIndex | null = null;

/** The synonym groups by the stems of their members; built on first use. */
function groups(): GroupIndex {
  if (groupIndex) return groupIndex;
  const byStem = new Map<string, string[]>();
  const phrases: GroupIndex['phrases'] = [];
  for (const { name, words } of synonyms.groups) {
    const group = `~${name}`;
    for (const member of words) {
      const stems = noteWords(member).map((w) => w.stem);
      if (stems.length === 1) byStem.set(stems[0]!, [...new Set([...(byStem.get(stems[0]!) ?? []), group])]);
      else if (stems.length > 1) phrases.push({ group, stems });
    }
  }
  const generic = new Set(synonyms.generic.flatMap((word) => noteWords(word).map((w) => w.stem)));
  groupIndex = { byStem, phrases, generic };
  return groupIndex;
}

/** Whether a term is a synonym group ("~wachten") rather than a word. */
export const isGroupTerm = (term: string) => term.startsWith('~');

/** The synonym groups (as terms) that a stem belongs to. */
export function groupsOfStem(stem: string): readonly string[] {
  return groups().byStem.get(stem) ?? [];
}

/**
 * Weighted terms of a text: each word's stem (generic words at GENERIC_WEIGHT), the stems of its
 * compound parts at PART_WEIGHT, and each synonym group a word or part belongs to (group terms
 * start with "~"). A group counts once per word.
 */
export function noteTerms(text: string, nearby?: ReadonlyMap<string, number>): Map<string, number> {
  const { byStem, phrases, generic } = groups();
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  const words = noteWords(text, nearby);
  const present = new Set<string>();
  for (const { stem, partStems } of words) {
    add(stem, generic.has(stem) ? GENERIC_WEIGHT : 1);
    present.add(stem);
    const wordGroups = new Map<string, number>((byStem.get(stem) ?? []).map((g) => [g, GROUP_WEIGHT]));
    for (const part of partStems) {
      add(part, generic.has(part) ? GENERIC_WEIGHT * PART_WEIGHT : PART_WEIGHT);
      present.add(part);
      for (const g of byStem.get(part) ?? []) if (!wordGroups.has(g)) wordGroups.set(g, GROUP_WEIGHT * PART_WEIGHT);
    }
    for (const [g, weight] of wordGroups) add(g, weight);
  }
  for (const { group, stems } of phrases) if (stems.every((s) => present.has(s)) && !counts.has(group)) add(group, GROUP_WEIGHT);
  return counts;
}

/** How often each folded word occurs in the texts: the collection that repairs look in. */
export function vocabulary(texts: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const { folded } of tokens(text)) counts.set(folded, (counts.get(folded) ?? 0) + 1);
  return counts;
}
