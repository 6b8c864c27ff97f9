import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { createTranslator, formatDate, type MessageKey, todayInAmsterdam } from './i18n';
import { en } from './en';
import { nl } from './nl';

function argumentNames(elements: MessageFormatElement[], names = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) names.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      names.add(el.value);
      for (const option of Object.values(el.options)) argumentNames(option.value, names);
    }
  }
  return names;
}

const entries = (catalogue: Record<string, Record<string, string>>) =>
  Object.entries(catalogue).flatMap(([area, messages]) => Object.entries(messages).map(([key, value]) => [`${area}.${key}`, value] as const));

describe('message catalogues', () => {
  const english = new Map(entries(en));
  it.each(entries(nl))('%s is valid ICU, non-empty, and English uses the same placeholders', (key, dutch) => {
    expect(dutch.trim()).not.toBe('');
    const translation = english.get(key);
    expect(translation?.trim(), `English text for ${key}`).toBeTruthy();
    const nlArgs = argumentNames(parse(dutch, { ignoreTag: true }));
    const enArgs = argumentNames(parse(translation!, { ignoreTag: true }));
    expect([...enArgs].sort()).toEqual([...nlArgs].sort());
  });
});

describe('formatting', () => {
  it('translates with values and falls back to the key', () => {
    const t = createTranslator('nl');
    expect(t('auth.lastSeen', { when: 'gisteren' })).toBe('Laatst actief: gisteren');
    expect(createTranslator('en')('common.save')).toBe('Save');
  });

  it('does not double a sentence end that a value brings along', () => {
    const t = createTranslator('nl');
    expect(t('questions.publicTheme', { theme: 'Wat helpt ouders?' })).toBe('Het thema is: Wat helpt ouders?');
    expect(t('questions.publicTheme', { theme: 'Opgroeien in Oost' })).toBe('Het thema is: Opgroeien in Oost.');
    expect(t('console.openingDefault', { theme: 'wat helpt ouders?' })).toContain('vertellen over wat helpt ouders? Wat gaat goed');
    expect(t('trajectory.summary4', { theme: 'Wat helpt?', planned: 1, target: 35 })).toBe('Thema: Wat helpt? 1 toehoorder gepland (doel: 35).');
  });

  it('shows dates in Dutch for Amsterdam, calendar days unshifted', () => {
    expect(formatDate('2026-03-29', 'nl')).toBe('29 maart 2026');
    // 23:30 UTC on 31 Dec is already New Year's Day in Amsterdam.
    expect(formatDate(new Date('2026-12-31T23:30:00Z'), 'nl')).toBe('1 januari 2027');
    expect(todayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

// Issue 14, item 7: "1 ouders" reads wrong. Every message is shown with each of its values set to 1
// (a count can always be 1); no plural noun may follow a lone "1". Targets and ranges from the method
// (min, max, target, suggested, followUp, a time limit) are never 1 and keep their plural.
describe('plural forms', () => {
  const pluralNouns = {
    nl: /(?<![\d.,])1 (?:van (?:de )?(?:ongeveer )?1 )?(ouders|toehoorders|deelnemers|mensen|partners|notities|vragen|punten|beurten|dagen|weken|minuten|bijeenkomsten|leden|stippen|ideeën|acties|thema's|onderdelen|woorden|gesprekken|kinderen|aanmeldingen|rijen|regels|keer)\b/,
    en: /(?<![\d.,])1 (?:of (?:about )?1 )?(parents|listeners|participants|people|partners|notes|questions|points|turns|days|weeks|minutes|meetings|members|dots|ideas|actions|themes|parts|words|conversations|children|sign-ups|rows|lines|times)\b/,
  };
  const targets = new Set(['min', 'max', 'target', 'suggested', 'followUp', 'limit']);
  for (const [locale, catalogue] of [
    ['nl', nl],
    ['en', en],
  ] as const) {
    const t = createTranslator(locale);
    it.each(entries(catalogue))(`${locale}: %s says "1" with a singular noun`, (key) => {
      const names = argumentNames(parse(english(locale, key), { ignoreTag: true }));
      const values = Object.fromEntries([...names].map((name) => [name, targets.has(name) ? 20 : 1]));
      expect(t(key as MessageKey, values)).not.toMatch(pluralNouns[locale]);
    });
  }
  function english(locale: 'nl' | 'en', key: string) {
    const [area, name] = key.split('.') as [string, string];
    return (locale === 'nl' ? (nl as Record<string, Record<string, string>>) : (en as Record<string, Record<string, string>>))[area]![name]!;
  }
});
