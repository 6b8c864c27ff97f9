import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateLocale, FLYER_LANGUAGES, flyerLanguage, pdfSupported, sortLanguages, textDirection } from './languages';
import { formatFlyerDate, isolate, joinParts, textLines } from './flyer-format';

describe('flyer languages', () => {
  it('knows which languages are written right to left', () => {
    for (const code of ['ar', 'fa', 'prs', 'he', 'ur', 'ps', 'AR', 'ar-MA', 'fa_IR']) expect(textDirection(code), code).toBe('rtl');
    for (const code of ['nl', 'en', 'tr', 'pl', 'uk', 'ti', 'so', 'ber', 'zh', 'pap', '', 'arn']) expect(textDirection(code), code).toBe('ltr');
  });

  it('has unique codes and names every language in its own script', () => {
    expect(new Set(FLYER_LANGUAGES.map((l) => l.code)).size).toBe(FLYER_LANGUAGES.length);
    expect(flyerLanguage('ar')?.endonym).toBe('العربية');
    expect(flyerLanguage('ti')?.endonym).toBe('ትግርኛ');
    expect(flyerLanguage('xx')).toBeUndefined();
  });

  it('makes PDFs only for scripts the shipped fonts cover', () => {
    expect(pdfSupported('ar')).toBe(true);
    expect(pdfSupported('uk')).toBe(true);
    expect(pdfSupported('zh')).toBe(false);
    expect(pdfSupported('ti')).toBe(false);
  });

  it('sorts Dutch first, then in list order, unknown codes last', () => {
    expect(sortLanguages(['zz', 'ar', 'tr', 'nl'])).toEqual(['nl', 'ar', 'tr', 'zz']);
    fc.assert(
      fc.property(fc.shuffledSubarray(FLYER_LANGUAGES.map((l) => l.code)), (codes) => {
        const sorted = sortLanguages(codes);
        expect([...sorted].sort()).toEqual([...codes].sort());
        if (codes.includes('nl')) expect(sorted[0]).toBe('nl');
      }),
    );
  });

  it('formats the meeting day in the flyer language, Gregorian with Western digits', () => {
    expect(formatFlyerDate('2026-03-18', 'nl')).toBe('woensdag 18 maart 2026');
    expect(formatFlyerDate('2026-03-18', 'ar')).toContain('18');
    expect(formatFlyerDate('2026-03-18', 'ar')).toContain('2026');
    // Without the Gregorian calendar, Persian would show the solar year 1404.
    expect(formatFlyerDate('2026-03-18', 'prs')).toContain('2026');
    // Papiamentu is unknown to Intl: Dutch then.
    expect(formatFlyerDate('2026-03-18', 'pap')).toBe('woensdag 18 maart 2026');
    expect(formatFlyerDate(null, 'nl')).toBeNull();
    expect(formatFlyerDate('18-03-2026', 'nl')).toBeNull();
    expect(dateLocale('xx-nonsense-code')).toMatch(/-u-ca-gregory-nu-latn$/);
  });

  it('splits text into lines and joins parts in the direction of the language', () => {
    expect(textLines(' Eten.\r\n\n  Opvang. \n')).toEqual(['Eten.', 'Opvang.']);
    expect(joinParts(['18 maart', '', '14:00'], 'ltr')).toBe('18 maart, 14:00');
    expect(joinParts(['18 مارس', '14:00'], 'rtl')).toBe('18 مارس، 14:00');
    expect(isolate('فاطمة')).toBe('\u2068فاطمة\u2069');
  });
});
