import { describe, expect, it } from 'vitest';
import { matchQuotes, type QuoteSource } from './quote-match';

const quote = (minuteNoteId: string, quoteIndex: number, text: string): QuoteSource => ({
  minuteNoteId,
  quoteIndex,
  quote: text,
  questionText: 'Wat gaat goed?',
});
const quotes = [
  quote('m1', 0, 'Ik stond een half jaar op de wachtlijst voor hulp voor mijn zoon.'),
  quote('m1', 1, 'Op het consultatiebureau namen ze echt de tijd om naar me te luisteren.'),
  quote('m2', 0, 'De brieven van de gemeente zijn zo ingewikkeld, ik snap er niks van.'),
  quote('m2', 1, 'Mijn dochter gaat graag naar school.'),
  quote('m3', 0, 'We wachten nu al maanden op een gesprek.'),
];

describe('matching quotes to a note', () => {
  it('ranks the quote that the note rests on first', () => {
    expect(matchQuotes('Ingewikkelde brieven', quotes)[0]).toMatchObject({ minuteNoteId: 'm2', quoteIndex: 0 });
    expect(matchQuotes('Consultatiebureau luistert goed', quotes)[0]).toMatchObject({ minuteNoteId: 'm1', quoteIndex: 1 });
    const waiting = matchQuotes('Lange wachtlijst', quotes);
    expect(waiting[0]).toMatchObject({ minuteNoteId: 'm1', quoteIndex: 0 });
    // "wachten" is found through the compound "wachtlijst", below the literal match.
    expect(waiting.map((q) => q.minuteNoteId)).toContain('m3');
  });

  it('scores 0..1 best first, leaves out quotes that share nothing, and keeps to the limit', () => {
    const matches = matchQuotes('wachten op hulp', quotes);
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(m.score).toBeGreaterThan(0);
    for (const m of matches) expect(m.score).toBeLessThanOrEqual(1);
    expect(matches.map((m) => m.score)).toEqual([...matches.map((m) => m.score)].sort((a, b) => b - a));
    expect(matches.map((m) => m.minuteNoteId)).not.toContain('m2');
    expect(matchQuotes('wachten op hulp', quotes, 1)).toHaveLength(1);
    expect(matchQuotes('wachten op hulp', quotes, 0)).toEqual([]);
  });

  it('finds nothing for an empty search or a text of stop words only', () => {
    expect(matchQuotes('', quotes)).toEqual([]);
    expect(matchQuotes('het is de', quotes)).toEqual([]);
    expect(matchQuotes('wachtlijst', [])).toEqual([]);
  });

  it('gives score 1 to a quote that is the same text', () => {
    expect(matchQuotes(quotes[3]!.quote, quotes)[0]).toMatchObject({ minuteNoteId: 'm2', quoteIndex: 1, score: 1 });
  });
});
