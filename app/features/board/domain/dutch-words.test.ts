import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, compoundParts, fold, lemmaOf, repair } from './dutch-words';

describe('Dutch words from the OpenTaal list', () => {
  it('folds case, accents and the ij ligature', () => {
    expect(fold('Één')).toBe('een');
    expect(fold('Café')).toBe('cafe');
    expect(fold('ĳs')).toBe('ijs');
  });

  it('finds the base form of plurals, diminutives and verb forms with the list’s own rules', () => {
    expect(lemmaOf('brieven')).toBe('brief');
    expect(lemmaOf('klachten')).toBe('klacht');
    expect(lemmaOf('formulieren')).toBe('formulier');
    expect(lemmaOf('schulden')).toBe('schuld');
    expect(lemmaOf('kastje')).toBe('kast');
    expect(lemmaOf('luisterde')).toBe('luister');
    expect(lemmaOf('wachtlijst')).toBeNull();
  });

  it('splits compounds into listed words, also long and inflected ones', () => {
    expect(compoundParts('jeugdzorgwachtlijst')).toEqual(['jeugd', 'zorg', 'wacht', 'lijst']);
    expect(compoundParts('wachttijden')).toEqual(['wacht', 'tijd']);
    expect(compoundParts('gezinscoach')).toEqual(['gezin', 'coach']);
    expect(compoundParts('kinderopvangtoeslag')).toEqual(['kinder', 'opvang', 'toeslag']);
    expect(analyse('wachttijden').lemma).toBe('wachttijd');
  });

  it('leaves listed words whole, and does not split off suffixes or particles', () => {
    for (const word of ['kinderen', 'wantrouwen', 'huisarts', 'gemeente', 'beschikking', 'belangrijk']) expect(compoundParts(word)).toBeNull();
    expect(analyse('uitzoeken')).toMatchObject({ known: true, parts: [] });
  });

  it('splits any two compound words put together into those two', () => {
    const heads = ['jeugd', 'zorg', 'school', 'geld', 'woning', 'taal', 'wacht', 'ouder', 'schuld'];
    const tails = ['lijst', 'toeslag', 'gesprek', 'team', 'formulier', 'loket', 'coach', 'brief'];
    fc.assert(
      fc.property(fc.constantFrom(...heads), fc.constantFrom(...tails), (head, tail) => {
        const word = head + tail;
        if (lemmaOf(word) !== null) return; // listed compounds stay whole
        expect(compoundParts(word)).toEqual([head, tail]);
      }),
    );
  });

  it('repairs a one-letter slip, preferring a word the other notes use', () => {
    expect(repair('wijkteem', new Map([['wijkteam', 2]]))).toBe('wijkteam');
    expect(repair('wachlijst', new Map([['wachtlijst', 1]]))).toBe('wachtlijst');
    expect(repair('schimel')).toBe('schimmel');
    expect(repair('leeraren')).toBe('leraren');
    // Listed words, short words and unrepairable words stay as they are.
    expect(repair('brieven', new Map([['brieve', 3]]))).toBe('brieven');
    expect(repair('bonk')).toBe('bonk');
    expect(repair('xqzvwpt')).toBe('xqzvwpt');
  });

  it('never throws on any text and always gives a lemma', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), (text) => {
        const word = fold(text);
        expect(typeof analyse(word).lemma).toBe('string');
        expect(typeof repair(word)).toBe('string');
      }),
      { numRuns: 200 },
    );
  });
});
