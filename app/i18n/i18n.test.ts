import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { createTranslator, formatDate, todayInAmsterdam } from './i18n';
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

  it('shows dates in Dutch for Amsterdam, calendar days unshifted', () => {
    expect(formatDate('2026-03-29', 'nl')).toBe('29 maart 2026');
    // 23:30 UTC on 31 Dec is already New Year's Day in Amsterdam.
    expect(formatDate(new Date('2026-12-31T23:30:00Z'), 'nl')).toBe('1 januari 2027');
    expect(todayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
