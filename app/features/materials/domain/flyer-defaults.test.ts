import { describe, expect, it } from 'vitest';
import { DEFAULT_WHAT_YOU_GET, defaultDutchFlyer, defaultFlyerTitle, defaultWhatHappens } from './flyer-defaults';
import { isPhoneNumber } from './phone';
import { materialsSummary } from './summary';

describe('the Dutch flyer starting text', () => {
  it('makes a title from the theme', () => {
    expect(defaultFlyerTitle('Opgroeien in De Schans.')).toBe('Praat mee! Opgroeien in De Schans');
    expect(defaultFlyerTitle('  ')).toBe('Praat mee! Uw ervaring telt');
    expect(defaultFlyerTitle('x'.repeat(120))).toBe('Praat mee! Uw ervaring telt');
  });

  it('says what happens, with the theme, in short sentences', () => {
    const text = defaultWhatHappens('De eerste 1000 dagen');
    expect(text).toContain('Het gesprek gaat over: De eerste 1000 dagen.');
    expect(defaultWhatHappens('')).toContain('opgroeien en opvoeden in uw wijk');
    // Plain language: no sentence longer than 25 words.
    for (const sentence of `${text} ${DEFAULT_WHAT_YOU_GET}`.split(/[.!?]\s*/).filter(Boolean)) {
      expect(sentence.split(/\s+/).length, sentence).toBeLessThanOrEqual(25);
    }
  });

  it('lists what parents get and fills the contact', () => {
    const flyer = defaultDutchFlyer({ theme: 'Thema', contactName: 'Fatma Yilmaz' });
    expect(flyer.whatYouGet.split('\n')).toEqual(expect.arrayContaining(['Eten en drinken.', 'Opvang voor uw kinderen.']));
    expect(flyer.whatYouGet).toContain('vergoeding');
    expect(flyer).toMatchObject({ contactName: 'Fatma Yilmaz', contactPhone: '' });
  });
});

describe('phone numbers', () => {
  it('accepts numbers as people type them', () => {
    for (const ok of ['0612345678', '06 12345678', '06-1234 5678', '+31 6 12345678', '(010) 123 45 67']) expect(isPhoneNumber(ok), ok).toBe(true);
    for (const bad of ['', '12345', 'bel me', '06 1234567a', '+31 6 1234 5678 9012 345']) expect(isPhoneNumber(bad), bad).toBe(false);
  });
});

describe('materials summary', () => {
  it('lists languages that have a flyer title, Dutch first', () => {
    expect(
      materialsSummary([
        { language: 'ar', title: 'عنوان' },
        { language: 'tr', title: '  ' },
        { language: 'nl', title: 'Praat mee' },
      ]),
    ).toEqual({ languages: ['nl', 'ar'] });
    expect(materialsSummary([])).toEqual({ languages: [] });
  });
});
