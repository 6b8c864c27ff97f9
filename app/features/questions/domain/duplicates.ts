// Suggests questions that ask the same thing, so the workgroup can merge them. Two questions
// are compared as sets of meaningful words (Jaccard similarity: shared words / all words).

/** Common Dutch words that carry no topic: left out before comparing. */
export const STOP_WORDS_NL = new Set(
  (
    'de het een en of in op aan van voor met bij naar om te tot uit over door als dat die dit deze er hier daar ' +
    'wat wie waar waarom wanneer hoe welke welk u uw je jij jou jouw jullie ik mij me mijn we wij ons onze zij ze hun hen hij haar ' +
    'zijn is was waren bent ben heeft hebt heb hebben had wordt worden werd kan kunt kunnen kon zou zouden wilt wil willen ' +
    'moet moeten mag mogen gaat gaan doet doen niet geen ook nog al wel dan zo heel erg veel meer vaak nu dus maar want omdat ' +
    'iets ietsje elkaar zich zelf men even vindt vind vinden denkt denk'
  ).split(' '),
);

/** A light stemmer, so "ouders" meets "ouder" and "opvoeding" meets "opvoeden". */
export function stem(word: string): string {
  for (const suffix of ['ingen', 'ing', 'en', 'es', 's', 'e', 't']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

export function tokens(text: string): Set<string> {
  const words = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !STOP_WORDS_NL.has(w));
  return new Set(words.map(stem));
}

/** Shared words divided by all words, 0–1; two texts without meaningful words are not similar. */
export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared);
}

export function similarity(a: string, b: string): number {
  return jaccard(tokens(a), tokens(b));
}

/** Tuned on our test questions: reworded versions of one question land at 0.5 and higher. */
export const DUPLICATE_THRESHOLD = 0.5;

export type DuplicatePair = { firstId: string; secondId: string; score: number };

/** Pairs of questions (in the given order, first before second) that look like duplicates, most alike first. */
export function duplicateSuggestions(questions: readonly { id: string; text: string }[], threshold = DUPLICATE_THRESHOLD): DuplicatePair[] {
  const sets = questions.map((q) => ({ id: q.id, words: tokens(q.text) }));
  const pairs: DuplicatePair[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const score = jaccard(sets[i]!.words, sets[j]!.words);
      if (score >= threshold) pairs.push({ firstId: sets[i]!.id, secondId: sets[j]!.id, score });
    }
  }
  return pairs.sort((x, y) => y.score - x.score);
}
