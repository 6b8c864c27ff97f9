// Text similarity: TF-IDF vectors (weigh) and cosine similarity, shared by theme suggestions (whose
// terms come from theme-terms.ts) and quote matching, which uses the light pipeline here: Dutch
// words → stems (Snowball, via @orama/stemmers) without stop words (@orama/stopwords plus a few
// sticky-note fillers), compound parts found among the other texts' stems. Pure and deterministic.
import { stemmer } from '@orama/stemmers/dutch';
import { stopwords } from '@orama/stopwords/dutch';

/** Words that say nothing about the topic of a short note, on top of the Snowball list. */
const EXTRA_STOP_WORDS = [
  'heel',
  'erg',
  'echt',
  'wel',
  'vaak',
  'soms',
  'gaat',
  'gaan',
  'ga',
  'even',
  'beetje',
  'best',
  'jullie',
  'onze',
  'jij',
  'jou',
  'jouw',
  'we',
  'wij',
  'mag',
  'mogen',
  'moeten',
  'willen',
  'wilt',
  'kunt',
  'hebt',
  'bent',
  'vind',
  'vindt',
  'vinden',
  'denk',
  'denkt',
  'krijg',
  'krijgt',
  'krijgen',
  'zou',
  'zouden',
  'steeds',
  'waar',
  'waarom',
  'wanneer',
  'welke',
  'elkaar',
  'daarom',
  'eigenlijk',
  'gewoon',
  'ok',
  'oke',
  'voordat',
  'nadat',
  'totdat',
  'komt',
  'komen',
  'kom',
  'zit',
  'zitten',
  'staat',
  'staan',
  'laat',
  'laten',
  'weer',
  'alleen',
];

const STOP_WORDS = new Set([...stopwords, ...EXTRA_STOP_WORDS].map(fold));

/** Lower case without accents, so "één" and "een", "cafe" and "café" meet. */
function fold(word: string): string {
  return word.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

export type Word = { surface: string; stem: string };

/** The meaningful words of a text: folded, stop words and one-letter words left out, with their stem. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  for (const raw of text.normalize('NFC').split(/[^\p{L}\p{N}]+/u)) {
    const surface = raw.toLowerCase();
    const folded = fold(raw);
    if (folded.length < 2 || STOP_WORDS.has(folded) || /^\p{N}+$/u.test(folded)) continue;
    out.push({ surface, stem: normaliseStem(stemmer(folded)) });
  }
  return out;
}

/** Snowball leaves "brieven" as "briev" and "huizen" as "huiz"; fold the last v/z onto f/s so they meet "brief" and "huis". */
function normaliseStem(stem: string): string {
  if (stem.length < 4) return stem;
  const last = stem[stem.length - 1];
  if (last === 'v') return stem.slice(0, -1) + 'f';
  if (last === 'z') return stem.slice(0, -1) + 's';
  return stem;
}

/** Weight of a part of a compound word ("wacht" in "wachtlijst") against the whole word (1). */
const COMPOUND_PART_WEIGHT = 0.5;
const MIN_PART = 4;

/**
 * Term counts of one text. Dutch glues words together ("wachtlijst", "jeugdzorg"), so a stem that
 * starts or ends with another stem of the same collection also counts that stem, at half weight:
 * "wachtlijst" then meets "lang wachten". The vocabulary is the set of whole stems of all texts
 * compared together, so the result does not depend on their order.
 */
function termCounts(stems: readonly string[], vocabulary: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  for (const stem of stems) {
    add(stem, 1);
    // Head and tail parts: at least 4 letters, and the rest at least 3 (so "kinder" does not split into "kind" + "er").
    for (let cut = MIN_PART; cut <= stem.length - 3; cut++) {
      const head = stem.slice(0, cut);
      if (vocabulary.has(head)) add(head, COMPOUND_PART_WEIGHT);
    }
    for (let cut = 3; cut <= stem.length - MIN_PART; cut++) {
      const tail = stem.slice(cut);
      if (vocabulary.has(tail)) add(tail, COMPOUND_PART_WEIGHT);
    }
  }
  return counts;
}

export type Vector = ReadonlyMap<string, number>;

/**
 * TF-IDF vectors (see weigh) for a collection of texts, in the same order, with IDF counted over
 * the `corpus` texts (by default the texts themselves). Texts without meaningful words get an empty vector.
 */
export function tfidfVectors(texts: readonly string[], corpus: readonly string[] = texts): Vector[] {
  const stemsOf = (text: string) => words(text).map((w) => w.stem);
  const corpusStems = corpus.map(stemsOf);
  const textStems = texts === corpus ? corpusStems : texts.map(stemsOf);
  const vocabulary = new Set([...corpusStems.flat(), ...textStems.flat()]);
  const corpusCounts = corpusStems.map((stems) => termCounts(stems, vocabulary));
  const counts = texts === corpus ? corpusCounts : textStems.map((stems) => termCounts(stems, vocabulary));
  return weigh(counts, corpusCounts);
}

/**
 * TF-IDF vectors (unit length) from term counts, in the same order. TF is 1 + ln(count) (a note
 * that repeats a word is not about it twice as much; counts below 1 are kept as they are); IDF is
 * the smoothed ln((1 + N) / (1 + df)) + 1, counted over `corpus` (by default the counts themselves).
 */
export function weigh(counts: readonly ReadonlyMap<string, number>[], corpus: readonly ReadonlyMap<string, number>[] = counts): Vector[] {
  const df = new Map<string, number>();
  for (const termCount of corpus) for (const term of termCount.keys()) df.set(term, (df.get(term) ?? 0) + 1);
  const n = corpus.length;
  const idf = (term: string) => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1;
  return counts.map((termCount) => {
    const vector = new Map<string, number>();
    // Sorted terms so that floating-point sums come out the same whatever order the words had.
    for (const term of [...termCount.keys()].sort()) {
      const count = termCount.get(term)!;
      const tf = count >= 1 ? 1 + Math.log(count) : count;
      vector.set(term, tf * idf(term));
    }
    return normalise(vector);
  });
}

/** The vector scaled to length 1 (an empty vector stays empty). */
export function normalise(vector: Vector): Vector {
  let sum = 0;
  for (const term of [...vector.keys()].sort()) sum += vector.get(term)! ** 2;
  if (sum === 0) return new Map();
  const length = Math.sqrt(sum);
  // Terms in sorted order: cosine relies on it.
  return new Map([...vector.keys()].sort().map((term) => [term, vector.get(term)! / length]));
}

/**
 * Cosine similarity of two unit vectors, 0..1 (TF-IDF weights are never negative). The vectors made
 * here hold their terms in sorted order, so the sum runs in the same order whichever comes first.
 */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, weight] of small) {
    const other = large.get(term);
    if (other !== undefined) dot += weight * other;
  }
  return Math.min(1, Math.max(0, dot));
}

/** Sum of vectors (e.g. the notes of a theme), scaled to unit length. */
export function centroid(vectors: readonly Vector[]): Vector {
  const sum = new Map<string, number>();
  for (const vector of vectors) for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  return normalise(sum);
}
