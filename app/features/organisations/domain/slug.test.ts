import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidSlug, suggestSlug } from './slug';

describe('slugs', () => {
  it('suggests a readable address from a Dutch name', () => {
    expect(suggestSlug('Kansrijke Start Utrecht')).toBe('kansrijke-start-utrecht');
    expect(suggestSlug('Gemeente Súdwest-Fryslân')).toBe('gemeente-sudwest-fryslan');
    expect(suggestSlug("  's-Hertogenbosch  ")).toBe('s-hertogenbosch');
    expect(suggestSlug('Wijk 12')).toBe('wijk-12');
    expect(suggestSlug('A')).toBe('a-org');
    expect(suggestSlug('!!!')).toBe('organisatie');
  });

  it('accepts only lowercase letters, digits and hyphens, 3 to 40 long', () => {
    expect(isValidSlug('abc')).toBe(true);
    expect(isValidSlug('kansrijke-start-2')).toBe(true);
    expect(isValidSlug('ab')).toBe(false);
    expect(isValidSlug('a'.repeat(41))).toBe(false);
    expect(isValidSlug('Hoofdletter')).toBe(false);
    expect(isValidSlug('met spatie')).toBe(false);
    expect(isValidSlug('-abc')).toBe(false);
    expect(isValidSlug('abc-')).toBe(false);
  });

  it('always suggests a valid address, whatever the name', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (name) => isValidSlug(suggestSlug(name))));
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (name) => isValidSlug(suggestSlug(name))));
  });

  it('leaves a valid address as it is', () => {
    const slug = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{1,38})[a-z0-9]$/).filter((s) => !s.includes('--'));
    fc.assert(fc.property(slug, (s) => suggestSlug(s) === s));
  });
});
