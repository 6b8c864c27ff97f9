import { describe, expect, it } from 'vitest';
import { chooseLanguage, firstKnownLanguage, formatDay, offeredLanguages, textIn } from './page-language';
import { hasParentTexts, PARENT_TEXT_CATALOGUES, PARENT_TEXT_LANGUAGES, parentTexts } from './parent-texts';

describe('the page language', () => {
  it('offers Dutch, the feedback languages and the parent’s own, Dutch first', () => {
    expect(offeredLanguages(['tr', 'ar'], 'pl')).toEqual(['nl', 'ar', 'tr', 'pl']);
    expect(offeredLanguages([], 'nl')).toEqual(['nl']);
  });

  it('takes the language asked for when offered, else the parent’s own, else Dutch', () => {
    const offered = ['nl', 'ar', 'tr'];
    expect(chooseLanguage({ requested: 'tr', own: 'ar', offered })).toBe('tr');
    expect(chooseLanguage({ requested: 'fr', own: 'ar', offered })).toBe('ar');
    expect(chooseLanguage({ requested: null, own: 'so', offered })).toBe('nl');
    expect(chooseLanguage({ requested: '', offered })).toBe('nl');
  });

  it('uses the browser’s languages after the address and the parent’s own, then Dutch', () => {
    const offered = ['nl', 'ar', 'tr'];
    expect(chooseLanguage({ requested: null, accepted: 'fr-FR, ar-MA;q=0.9', offered })).toBe('ar');
    expect(chooseLanguage({ requested: null, own: 'tr', accepted: 'ar', offered })).toBe('tr');
    expect(chooseLanguage({ requested: 'nl', accepted: 'ar', offered })).toBe('nl');
    expect(chooseLanguage({ requested: null, accepted: 'de, fr', offered })).toBe('nl');
  });

  it('reads the first language a parent speaks from the personal data, in Dutch, English, its own name or code', () => {
    expect(firstKnownLanguage('Arabisch, Nederlands')).toBe('ar');
    expect(firstKnownLanguage('turks en nederlands')).toBe('tr');
    expect(firstKnownLanguage('Polish / Dutch')).toBe('pl');
    expect(firstKnownLanguage('العربية')).toBe('ar');
    expect(firstKnownLanguage('Tamazight (Berbers)')).toBe('ber');
    expect(firstKnownLanguage('pl')).toBe('pl');
    expect(firstKnownLanguage('Farsi')).toBe('fa');
    expect(firstKnownLanguage('Berbers, Arabisch')).toBe('ber');
    expect(firstKnownLanguage('Klingon')).toBe('nl');
    expect(firstKnownLanguage('')).toBe('nl');
  });

  it('shows an item in the translation made for the language, else in Dutch (and says which)', () => {
    const translations = new Map([
      ['ar', 'نص'],
      ['tr', '  '],
    ]);
    expect(textIn('Tekst', translations, 'ar')).toEqual({ text: 'نص', lang: 'ar' });
    expect(textIn('Tekst', translations, 'tr')).toEqual({ text: 'Tekst', lang: 'nl' });
    expect(textIn('Tekst', translations, 'nl')).toEqual({ text: 'Tekst', lang: 'nl' });
  });
});

describe('formatDay', () => {
  it('writes days and moments in the page language, in Amsterdam time, with Western digits', () => {
    expect(formatDay('2026-03-09', 'nl')).toBe('9 maart 2026');
    expect(formatDay('2026-12-31T23:30:00Z', 'nl')).toBe('1 januari 2027');
    expect(formatDay('2026-03-09', 'ar')).toMatch(/^9 .+ 2026$/);
    expect(formatDay('2026-03-09', 'pap')).toBe('9 maart 2026');
  });
});

describe('the parents’ fixed texts', () => {
  it('exist in Dutch, English, Arabic, Turkish, Polish and Ukrainian, every key in every language, with the same placeholders', () => {
    expect(PARENT_TEXT_LANGUAGES).toEqual(expect.arrayContaining(['nl', 'en', 'ar', 'tr', 'pl', 'uk']));
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const dutch = PARENT_TEXT_CATALOGUES.nl;
    for (const language of PARENT_TEXT_LANGUAGES) {
      const texts = PARENT_TEXT_CATALOGUES[language];
      expect(Object.keys(texts).sort()).toEqual(Object.keys(dutch).sort());
      for (const [key, text] of Object.entries(texts)) {
        expect(text.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(dutch[key as keyof typeof dutch]));
      }
    }
  });

  it('fills in placeholders, runs Arabic right to left, and falls back to Dutch', () => {
    expect(parentTexts('nl').t('item', { n: 2 })).toBe('Punt 2');
    expect(parentTexts('ar')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(parentTexts('so')).toMatchObject({ lang: 'nl', dir: 'ltr' });
    expect(hasParentTexts('so')).toBe(false);
  });
});
