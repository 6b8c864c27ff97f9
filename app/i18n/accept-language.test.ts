import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAcceptLanguage, preferredLanguage } from './accept-language';

const offered = ['nl', 'en', 'ar', 'tr', 'pl', 'uk'] as const;

describe('parseAcceptLanguage', () => {
  it('orders ranges by weight, keeping the sent order for equal weights', () => {
    expect(parseAcceptLanguage('nl-NL,nl;q=0.9,en-US;q=0.8,en;q=0.7')).toEqual(['nl-nl', 'nl', 'en-us', 'en']);
    expect(parseAcceptLanguage('tr;q=0.5, ar, pl;q=0.5')).toEqual(['ar', 'tr', 'pl']);
  });

  it('drops refused (q=0) and malformed ranges', () => {
    expect(parseAcceptLanguage('en;q=0, nl;q=0.000, ar;q=2, <script>, pl')).toEqual(['pl']);
    expect(parseAcceptLanguage('')).toEqual([]);
    expect(parseAcceptLanguage(null)).toEqual([]);
  });
});

describe('preferredLanguage', () => {
  it('matches a regional variant to its language', () => {
    expect(preferredLanguage('ar-MA,ar;q=0.9,fr;q=0.8', offered)).toBe('ar');
    expect(preferredLanguage('nl-BE', offered)).toBe('nl');
    expect(preferredLanguage('uk-UA, ru;q=0.5', offered)).toBe('uk');
  });

  it('takes the first language on offer, skipping ones that are not', () => {
    expect(preferredLanguage('fr-FR,fr;q=0.9,tr;q=0.8,en;q=0.7', offered)).toBe('tr');
    expect(preferredLanguage('en;q=0.2,pl;q=0.9', offered)).toBe('pl');
  });

  it('gives nothing for a wildcard or for languages not on offer', () => {
    expect(preferredLanguage('*', offered)).toBeUndefined();
    expect(preferredLanguage('fr, de;q=0.5', offered)).toBeUndefined();
    expect(preferredLanguage(undefined, offered)).toBeUndefined();
  });

  it('matches a bare language to a regional offer', () => {
    expect(preferredLanguage('pt', ['nl', 'pt-BR'])).toBe('pt-BR');
  });

  it('never answers a language that is not offered, whatever the header', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (header) => {
        const found = preferredLanguage(header, offered);
        expect(found === undefined || offered.includes(found)).toBe(true);
      }),
    );
  });

  it('answers the most wanted offered language when the header is well formed', () => {
    const entry = fc.record({ lang: fc.constantFrom('nl', 'en', 'ar', 'fr', 'de', 'pl'), q: fc.integer({ min: 1, max: 1000 }) });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.lang, minLength: 1, maxLength: 6 }), (entries) => {
        const header = entries.map((e) => `${e.lang};q=${(e.q / 1000).toFixed(3)}`).join(', ');
        const wanted = entries
          .map((e, index) => ({ ...e, index }))
          .filter((e) => (offered as readonly string[]).includes(e.lang))
          .sort((a, b) => b.q - a.q || a.index - b.index)[0]?.lang;
        expect(preferredLanguage(header, offered)).toBe(wanted);
      }),
    );
  });
});
