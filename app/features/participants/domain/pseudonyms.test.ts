import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparePseudonyms, letters, nextPseudonym, PARTICIPANT_KINDS } from './pseudonyms';

describe('pseudonyms', () => {
  it('counts in letters like spreadsheet columns', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(letters)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('gives Ouder A, B, C … per kind', () => {
    expect(nextPseudonym('parent', [])).toBe('Ouder A');
    expect(nextPseudonym('parent', ['Ouder A', 'Jongere A'])).toBe('Ouder B');
    expect(nextPseudonym('youth', ['Ouder A', 'Ouder B'])).toBe('Jongere A');
    expect(nextPseudonym('grandparent', [])).toBe('Grootouder A');
  });

  it('reuses a gap and goes on after Z', () => {
    expect(nextPseudonym('parent', ['Ouder A', 'Ouder C'])).toBe('Ouder B');
    const all = Array.from({ length: 26 }, (_, i) => `Ouder ${letters(i)}`);
    expect(nextPseudonym('parent', all)).toBe('Ouder AA');
  });

  it('never hands out a pseudonym that is taken, and letters are unique', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PARTICIPANT_KINDS), fc.array(fc.nat(60), { maxLength: 40 }), (kind, indexes) => {
        const taken = indexes.map((i) => `${nextPseudonym(kind, []).split(' ')[0]} ${letters(i)}`);
        const next = nextPseudonym(kind, taken);
        expect(taken).not.toContain(next);
        expect(next).toMatch(/^\S+ [A-Z]+$/);
      }),
    );
    fc.assert(fc.property(fc.nat(5000), fc.nat(5000), (a, b) => (a === b) === (letters(a) === letters(b))));
  });

  it('sorts B before AA and groups kinds', () => {
    expect(['Ouder AA', 'Jongere B', 'Ouder B', 'Ouder A'].sort(comparePseudonyms)).toEqual(['Jongere B', 'Ouder A', 'Ouder B', 'Ouder AA']);
  });
});
