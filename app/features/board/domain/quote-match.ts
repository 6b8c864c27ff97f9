// STUB (helper A): likely literal quotes for a note, and search.
export type QuoteSource = { minuteNoteId: string; quoteIndex: number; quote: string; questionText: string };

/** Quotes scored 0..1 by similarity to `text` (same stemming/TF-IDF as clustering), best first; score 0 left out. */
export function matchQuotes(_text: string, _quotes: readonly QuoteSource[], _limit = 5): (QuoteSource & { score: number })[] {
  throw new Error('todo');
}
