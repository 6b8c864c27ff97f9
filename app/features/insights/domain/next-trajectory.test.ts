import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeTheme, shorten, THEME_MAX } from './next-trajectory';

describe('the theme of a next trajectory', () => {
  it('takes what the person typed', () => {
    expect(composeTheme({ typed: ' Vaders en de eerste jaren ', themes: ['Taal'], actions: ['Ouderkamer'], continueLabel: 'Verder met:' })).toBe(
      'Vaders en de eerste jaren',
    );
  });

  it('is made from the chosen themes and open actions, each once', () => {
    expect(
      composeTheme({
        typed: '',
        themes: ['Wachtlijsten', 'Taal', 'Taal'],
        actions: ['Eén vast aanspreekpunt', 'Brieven herschrijven'],
        continueLabel: 'Verder met:',
      }),
    ).toBe('Wachtlijsten, Taal. Verder met: Eén vast aanspreekpunt; Brieven herschrijven');
    expect(composeTheme({ typed: '', themes: [], actions: ['Ouderkamer'], continueLabel: 'Verder met:' })).toBe('Verder met: Ouderkamer');
    expect(composeTheme({ typed: '', themes: [], actions: [], continueLabel: 'Verder met:' })).toBe('');
  });

  it('always fits the theme field, cut at a word', () => {
    const words = fc.array(fc.constantFrom('wachtlijst', 'ouders', 'taal', 'hulp', 'jeugd', 'a'), { minLength: 1, maxLength: 200 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(fc.array(words, { maxLength: 8 }), fc.array(words, { maxLength: 8 }), (themes, actions) => {
        const theme = composeTheme({ typed: '', themes, actions, continueLabel: 'Verder met:' });
        expect(theme.length).toBeLessThanOrEqual(THEME_MAX);
      }),
    );
    expect(shorten('een twee drie vier', 12)).toBe('een twee…');
    expect(shorten('kort', 12)).toBe('kort');
  });
});
