import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { translationProblems, pluralCategories } from './check';
import { fallingBack } from './falling-back';
import { isParticipantLanguage, missingTexts, ownText, pageLanguage, PARTICIPANT_KEYS, PARTICIPANT_LANGUAGES, participantTexts } from './index';

describe('the participant catalogue', () => {
  it('has nl, en, ar, tr, pl and uk', () => {
    expect(PARTICIPANT_LANGUAGES).toEqual(['nl', 'en', 'ar', 'tr', 'pl', 'uk']);
  });

  it('has every key in every language, or lists it as falling back to Dutch', () => {
    for (const language of PARTICIPANT_LANGUAGES) expect(missingTexts(language), language).toEqual(fallingBack[language] ?? []);
  });

  it('keeps the placeholders and plural forms of the Dutch text in every translation', () => {
    for (const language of PARTICIPANT_LANGUAGES) {
      for (const key of PARTICIPANT_KEYS) {
        const text = ownText(language, key);
        if (text === undefined) continue;
        expect(text.trim(), `${language} ${key}`).not.toBe('');
        expect(translationProblems(ownText('nl', key)!, text, language), `${language} ${key}`).toEqual([]);
      }
    }
  });

  it('formats every text in every language with its values filled in', () => {
    for (const language of PARTICIPANT_LANGUAGES) {
      const { t } = participantTexts(language);
      for (const key of PARTICIPANT_KEYS) {
        const values = Object.fromEntries([...(ownText('nl', key)!.matchAll(/\{(\w+)/g) ?? [])].map((m) => [m[1]!, 7]));
        expect(t(key, values), `${language} ${key}`).not.toMatch(/[{}]/);
      }
    }
  });

  it('runs Arabic right to left, and falls back to Dutch for a language it does not have', () => {
    expect(participantTexts('ar')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(participantTexts('uk')).toMatchObject({ lang: 'uk', dir: 'ltr' });
    expect(participantTexts('so')).toMatchObject({ lang: 'nl', dir: 'ltr' });
    expect(participantTexts(null).t('flyer.when')).toBe('Wanneer?');
    expect(participantTexts('tr').t('flyer.code', { code: 'AB12' })).toBe('Kod: AB12');
    expect(isParticipantLanguage('__proto__')).toBe(false);
  });
});

describe('pageLanguage', () => {
  it('takes the address, then the browser, then the content, when we have texts in them', () => {
    expect(pageLanguage('uk', 'pl', 'nl')).toBe('uk');
    expect(pageLanguage('so', 'pl-PL,pl;q=0.9', 'so')).toBe('pl');
    expect(pageLanguage(null, 'fr', 'ar')).toBe('ar');
    expect(pageLanguage(null, 'fr', 'so')).toBe('nl');
  });
});

describe('translationProblems', () => {
  it('finds a missing, an extra and a renamed placeholder', () => {
    expect(translationProblems('Punt {n}', 'Point', 'en')).toEqual(['{n} is missing']);
    expect(translationProblems('Punt {n}', 'Point {n} {m}', 'en')).toEqual(['{m} is not in the Dutch text']);
    expect(translationProblems('Punt {n}', 'Point {number}', 'en')).toEqual(['{n} is missing', '{number} is not in the Dutch text']);
    expect(translationProblems('Punt {n}', 'Point {n', 'en')[0]).toMatch(/not a valid message/);
  });

  it('asks for every plural form the language has', () => {
    const dutch = '{count, plural, one {# ouder} other {# ouders}}';
    expect(pluralCategories('uk')).toEqual(expect.arrayContaining(['one', 'few', 'many', 'other']));
    expect(translationProblems(dutch, '{count, plural, one {# батько} other {# батьків}}', 'uk')).toEqual(['{count} needs the plural forms few, many']);
    expect(translationProblems(dutch, '{count, plural, one {# батько} few {# батьки} many {# батьків} other {# батька}}', 'uk')).toEqual([]);
    expect(translationProblems(dutch, '{count} ebeveyn', 'tr')).toEqual(['{count} must be a plural']);
    expect(translationProblems(dutch, '{count, plural, other {# ebeveyn}}', 'tr')).toEqual(['{count} needs the plural forms one']);
  });

  it('accepts the Dutch text itself, whatever its placeholders', () => {
    const name = fc.stringMatching(/^[a-z]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.stringMatching(/^[a-z .,!?]{0,12}$/),
            name.map((n) => `{${n}}`),
          ),
          { maxLength: 8 },
        ),
        (parts) => {
          const text = parts.join('');
          expect(translationProblems(text, text, 'nl')).toEqual([]);
        },
      ),
    );
  });
});
