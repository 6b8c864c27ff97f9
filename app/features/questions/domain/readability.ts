// The plain-language check on a question: a Flesch-Douma score (the Dutch adaptation of the
// Flesch reading ease) and concrete hints the workgroup can act on.
import { SIMPLE_WORDS_NL, type SimpleWord } from './simple-words-nl';
import { countSyllables } from './syllables';

/** Sentences longer than this are hard to follow when heard once, as in the conversation. */
export const MAX_SENTENCE_WORDS = 15;
/** Longer words are mostly compounds ("ondersteuningsaanbod") that read better split up. */
export const MAX_WORD_LETTERS = 12;

/**
 * Levels on the Flesch-Douma scale (0–100, higher is easier). The usual bands are: 60–70
 * "normal", 70–80 "fairly easy", 45–60 "fairly hard", below 45 "hard". B1, the level most
 * Dutch adults read, sits around 60 and up; we call 65 and up easy, 45–65 fair, below 45 hard.
 */
export const EASY_FROM = 65;
export const FAIR_FROM = 45;

export type ReadabilityLevel = 'easy' | 'fair' | 'hard';

export type ReadabilityHint =
  | { kind: 'longSentence'; words: number; sentence: string }
  | { kind: 'simpler'; word: string; simpler: string }
  | { kind: 'explain'; word: string; explanation: string }
  | { kind: 'longWord'; word: string };

type WordHint = Extract<ReadabilityHint, { kind: 'simpler' | 'explain' }>;

export type Readability = {
  /** Rounded and kept within 0–100 for display. */
  score: number;
  level: ReadabilityLevel;
  words: number;
  sentences: number;
  syllables: number;
  hints: ReadabilityHint[];
};

/** Flesch-Douma: 206.835 − 0.93 × (words per sentence) − 77 × (syllables per word). */
export function fleschDouma({ words, sentences, syllables }: { words: number; sentences: number; syllables: number }): number {
  const w = Math.max(1, words);
  return 206.835 - 0.93 * (w / Math.max(1, sentences)) - 77 * (syllables / w);
}

export function levelFor(score: number): ReadabilityLevel {
  if (score >= EASY_FROM) return 'easy';
  if (score >= FAIR_FROM) return 'fair';
  return 'hard';
}

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Sentences end at . ! ? (or a line break); a question without an end mark is one sentence. */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|[\r\n]+/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

const VOWELS = 'aeiou';

/**
 * The forms of a listed word we recognise: plurals and inflections (-s, -n, -en, -e) and, for
 * verbs, the stem with -t/-d and the long vowel Dutch spelling needs in a closed syllable
 * (faciliteren → faciliteer, faciliteert).
 */
export function formsOf(base: string): string[] {
  const forms = new Set([base, `${base}s`, `${base}n`, `${base}en`, `${base}e`]);
  if (base.endsWith('en') && base.length > 4) {
    const stem = base.slice(0, -2);
    const [before, vowel, last] = [stem.at(-3) ?? '', stem.at(-2) ?? '', stem.at(-1) ?? ''];
    const closed = VOWELS.includes(vowel) && !VOWELS.includes(before) && !VOWELS.includes(last) ? `${stem.slice(0, -1)}${vowel}${last}` : stem;
    for (const s of new Set([stem, closed])) for (const end of ['', 't', 'd', 'de', 'te', 'den', 'ten']) forms.add(`${s}${end}`);
  }
  return [...forms];
}

type Lookup = { single: Map<string, SimpleWord>; phrases: SimpleWord[] };
let lookup: Lookup | undefined;
function simpleWords(): Lookup {
  if (!lookup) {
    const single = new Map<string, SimpleWord>();
    const phrases: SimpleWord[] = [];
    for (const entry of SIMPLE_WORDS_NL) {
      if (entry.word.includes(' ')) phrases.push(entry);
      else for (const form of formsOf(entry.word)) if (!single.has(form)) single.set(form, entry);
    }
    lookup = { single, phrases };
  }
  return lookup;
}

function hintFor(entry: SimpleWord, word: string): WordHint {
  return entry.simpler ? { kind: 'simpler', word, simpler: entry.simpler } : { kind: 'explain', word, explanation: entry.explain ?? '' };
}

/** Words that have a plainer alternative, as typed, each once. */
export function uncommonWords(text: string): WordHint[] {
  const { single, phrases } = simpleWords();
  const hints: WordHint[] = [];
  const lower = text.toLowerCase();
  for (const phrase of phrases) {
    const at = lower.search(new RegExp(`(^|[^\\p{L}])${phrase.word}($|[^\\p{L}])`, 'u'));
    if (at >= 0) hints.push(hintFor(phrase, phrase.word));
  }
  const seen = new Set<string>();
  for (const word of wordsOf(text)) {
    const key = word.toLowerCase();
    const entry = single.get(key);
    if (entry && !seen.has(key)) {
      seen.add(key);
      hints.push(hintFor(entry, word));
    }
  }
  return hints;
}

export function readability(text: string): Readability {
  const words = wordsOf(text);
  const sentences = sentencesOf(text);
  const syllables = words.reduce((sum, w) => sum + countSyllables(w), 0);
  const raw = fleschDouma({ words: words.length, sentences: sentences.length, syllables });
  const score = Math.round(Math.min(100, Math.max(0, raw)));

  const hints: ReadabilityHint[] = [];
  for (const sentence of sentences) {
    const count = wordsOf(sentence).length;
    if (count > MAX_SENTENCE_WORDS) hints.push({ kind: 'longSentence', words: count, sentence });
  }
  const uncommon = uncommonWords(text);
  hints.push(...uncommon);
  // A long word that already has a plainer suggestion is not flagged twice.
  const flagged = new Set(uncommon.map((h) => h.word.toLowerCase()));
  for (const word of words) {
    const key = word.toLowerCase();
    const letters = [...key].filter((ch) => /\p{L}/u.test(ch)).length;
    if (letters > MAX_WORD_LETTERS && !flagged.has(key)) {
      flagged.add(key);
      hints.push({ kind: 'longWord', word });
    }
  }
  return { score, level: levelFor(raw), words: words.length, sentences: sentences.length, syllables, hints };
}
