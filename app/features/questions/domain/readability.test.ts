import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fleschDouma, formsOf, levelFor, readability, sentencesOf, uncommonWords, wordsOf } from './readability';
import { SIMPLE_WORDS_NL } from './simple-words-nl';
import { countSyllables } from './syllables';

describe('Dutch syllable counter', () => {
  it.each([
    ['opvoeden', 3],
    ['kinderopvang', 4],
    ['consultatiebureau', 6],
    ['ouder', 2],
    ['ondersteuning', 4],
    ['kind', 1],
    ['zij', 1],
    ['bijvoorbeeld', 3],
    ['nieuw', 1],
    ['groeien', 2],
    ['mooie', 2],
    ['draaien', 2],
    ['ideaal', 3],
    ['ideeën', 3],
    ['ruïne', 3],
    ['baby', 2],
    ['yoga', 2],
    ['hulp', 1],
    ['buurt', 1],
    ['GGD', 1],
    ['Opvoeden', 3],
  ])('%s has %i syllables', (word, syllables) => {
    expect(countSyllables(word)).toBe(syllables);
  });

  it('counts a final e, which Dutch pronounces', () => {
    expect(countSyllables('mede')).toBe(2);
    expect(countSyllables('kleine')).toBe(2);
    expect(countSyllables('ouders')).toBe(2);
  });

  it('gives at least one syllable for any word and never more than its letters', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zëïé]{1,30}$/), (word) => {
        const n = countSyllables(word);
        return n >= 1 && n <= word.length;
      }),
    );
  });
});

describe('Flesch-Douma', () => {
  it('follows the formula', () => {
    expect(fleschDouma({ words: 10, sentences: 1, syllables: 15 })).toBeCloseTo(206.835 - 9.3 - 115.5, 6);
    expect(fleschDouma({ words: 20, sentences: 2, syllables: 20 })).toBeCloseTo(206.835 - 9.3 - 77, 6);
  });

  it('splits words and sentences', () => {
    expect(wordsOf('Waar gaat u graag heen, met uw kind?')).toEqual(['Waar', 'gaat', 'u', 'graag', 'heen', 'met', 'uw', 'kind']);
    expect(sentencesOf('Hoe gaat het? Wat helpt u! Vertel het maar.')).toHaveLength(3);
    expect(sentencesOf('Eerste regel\nTweede regel')).toHaveLength(2);
    expect(sentencesOf('Zonder punt')).toHaveLength(1);
  });

  it('calls a short everyday question easy', () => {
    const result = readability('Waar gaat u graag heen met uw kind?');
    expect(result.level).toBe('easy');
    expect(result.score).toBeGreaterThanOrEqual(80);
    expect(result.hints).toEqual([]);
  });

  it('calls a long sentence full of jargon hard, with concrete hints', () => {
    const text =
      'In hoeverre ervaart u dat de zorgaanbieders in de wijk de ondersteuning rondom opvoedingsvraagstukken voldoende laagdrempelig en adequaat faciliteren voor gezinnen?';
    const result = readability(text);
    expect(result.level).toBe('hard');
    expect(result.score).toBeLessThan(45);
    expect(result.hints).toContainEqual({ kind: 'longSentence', words: 21, sentence: text });
    expect(result.hints).toContainEqual({ kind: 'simpler', word: 'zorgaanbieders', simpler: 'hulpverlener' });
    expect(result.hints).toContainEqual({ kind: 'simpler', word: 'ondersteuning', simpler: 'hulp' });
    expect(result.hints).toContainEqual({ kind: 'simpler', word: 'laagdrempelig', simpler: 'makkelijk te bereiken' });
    expect(result.hints).toContainEqual({ kind: 'simpler', word: 'adequaat', simpler: 'goed, passend' });
    expect(result.hints).toContainEqual({ kind: 'simpler', word: 'faciliteren', simpler: 'helpen, mogelijk maken' });
    expect(result.hints).toContainEqual({ kind: 'longWord', word: 'opvoedingsvraagstukken' });
    // A word with a suggestion is not flagged again as long.
    expect(result.hints.filter((h) => 'word' in h && h.word === 'zorgaanbieders')).toHaveLength(1);
  });

  it('puts an ordinary sentence in between', () => {
    // 11 words, 21 syllables: 206.835 − 0.93 × 11 − 77 × 21/11 ≈ 50.
    const result = readability('Hoe ervaart u de samenwerking tussen de verloskundige en de kraamzorg?');
    expect(result).toMatchObject({ words: 11, sentences: 1, syllables: 21, score: 50, level: 'fair' });
    expect(result.hints).toContainEqual(expect.objectContaining({ kind: 'explain', word: 'kraamzorg' }));
    expect(result.hints).toContainEqual({ kind: 'longWord', word: 'verloskundige' });
  });

  it('asks to explain a word worth keeping', () => {
    const result = readability('Welke hulp van het consultatiebureau vond u prettig?');
    expect(result.hints).toEqual([{ kind: 'explain', word: 'consultatiebureau', explanation: expect.stringContaining('baby') }]);
  });

  it('has the documented level thresholds', () => {
    expect(levelFor(65)).toBe('easy');
    expect(levelFor(64.9)).toBe('fair');
    expect(levelFor(45)).toBe('fair');
    expect(levelFor(44.9)).toBe('hard');
  });

  it('keeps the score within 0–100 for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const { score } = readability(text);
        return score >= 0 && score <= 100 && Number.isInteger(score);
      }),
    );
  });
});

describe('simpler words', () => {
  it('ships a list of about sixty words, each with a suggestion or an explanation', () => {
    expect(SIMPLE_WORDS_NL.length).toBeGreaterThanOrEqual(55);
    for (const entry of SIMPLE_WORDS_NL) {
      expect(entry.word).toBe(entry.word.toLowerCase());
      expect(Boolean(entry.simpler) || Boolean(entry.explain)).toBe(true);
    }
    expect(new Set(SIMPLE_WORDS_NL.map((e) => e.word)).size).toBe(SIMPLE_WORDS_NL.length);
  });

  it('knows inflected forms', () => {
    expect(formsOf('faciliteren')).toEqual(expect.arrayContaining(['faciliteer', 'faciliteert']));
    expect(formsOf('ondersteunen')).toEqual(expect.arrayContaining(['ondersteunt', 'ondersteunde']));
    expect(formsOf('zorgaanbieder')).toContain('zorgaanbieders');
    expect(uncommonWords('Wie signaleert dat het niet goed gaat?')).toEqual([{ kind: 'simpler', word: 'signaleert', simpler: 'zien, merken' }]);
  });

  it('finds phrases and reports each word once', () => {
    const hints = uncommonWords('Kent u de sociale kaart? En de Sociale Kaart van de buurt? Reeds, reeds.');
    expect(hints.map((h) => ('word' in h ? h.word : ''))).toEqual(['sociale kaart', 'Reeds']);
  });
});
