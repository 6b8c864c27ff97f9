// Likely literal quotes for a note, and search: the same Dutch stemming and TF-IDF as clustering.
import { cosine, tfidfVectors } from './text-similarity';

/** `source`: set for words given outside the group (X1), an individual contribution or conversation. */
export type QuoteSource = { minuteNoteId: string; quoteIndex: number; quote: string; questionText: string; source?: 'contribution' | 'conversation' | null };

/** Quotes scored 0..1 by similarity to `text` (same stemming/TF-IDF as clustering), best first; score 0 left out. */
export function matchQuotes(text: string, quotes: readonly QuoteSource[], limit = 5): (QuoteSource & { score: number })[] {
  if (limit <= 0 || quotes.length === 0) return [];
  // IDF over the quotes: a word that every parent used says little about which quote fits.
  const corpus = quotes.map((q) => q.quote);
  const [query, ...vectors] = tfidfVectors([text, ...corpus], corpus);
  return quotes
    .map((quote, i) => ({ ...quote, score: cosine(query!, vectors[i]!) }))
    .filter((q) => q.score > 0)
    .sort((a, b) => b.score - a.score || (a.minuteNoteId < b.minuteNoteId ? -1 : a.minuteNoteId > b.minuteNoteId ? 1 : 0) || a.quoteIndex - b.quoteIndex)
    .slice(0, limit);
}
