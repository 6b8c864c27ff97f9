import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findIdentifying, identifiersOf } from '#app/features/privacy/domain/name-guard';
import { splitBySource } from '#app/features/minutes/domain/notes';
import { answerQuotes, chooseContributionLanguage, filledFields, maskedForOthers, questionIn, voiceQuestions } from './contribution';
import { CONTRIBUTION_CATALOGUES, CONTRIBUTION_LANGUAGES, contributionTexts } from './contribution-texts';

describe('the contribution form language', () => {
  it('takes the address language, else the first browser language we have (by weight), else Dutch', () => {
    expect(chooseContributionLanguage('ar', 'tr')).toBe('ar');
    expect(chooseContributionLanguage('fr', 'fr-FR, pl;q=0.8, en;q=0.9')).toBe('en');
    expect(chooseContributionLanguage(null, 'uk-UA')).toBe('uk');
    expect(chooseContributionLanguage(null, 'tr;q=0, en;q=0.1')).toBe('en');
    expect(chooseContributionLanguage('', '')).toBe('nl');
    expect(chooseContributionLanguage(undefined, 'de, fr')).toBe('nl');
  });

  it('always ends in a language the form has texts in', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.option(fc.string()), (requested, accept) => {
        expect(CONTRIBUTION_LANGUAGES).toContain(chooseContributionLanguage(requested, accept));
      }),
    );
  });

  it('has every text in every language, with the same placeholders; Arabic right to left', () => {
    const dutch = CONTRIBUTION_CATALOGUES.nl;
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const language of CONTRIBUTION_LANGUAGES) {
      const texts = CONTRIBUTION_CATALOGUES[language];
      expect(Object.keys(texts).sort()).toEqual(Object.keys(dutch).sort());
      for (const [key, text] of Object.entries(texts)) {
        expect(text.trim(), `${language}.${key}`).not.toBe('');
        expect(placeholders(text), `${language}.${key}`).toEqual(placeholders(dutch[key as keyof typeof dutch]));
      }
    }
    expect(contributionTexts('ar')).toMatchObject({ lang: 'ar', dir: 'rtl' });
    expect(contributionTexts('so')).toMatchObject({ lang: 'nl', dir: 'ltr' });
    expect(contributionTexts('en').t('question', { n: 2 })).toBe('Question 2');
  });
});

describe('the questions of a contribution', () => {
  const questions = voiceQuestions([{ id: 'a1', text: 'Hoe was het op school?' }]);

  it('are the open question and the chosen ones, under the console’s keys, in Dutch for the minutes', () => {
    expect(questions.map((q) => [q.field, q.key, q.dutch])).toEqual([
      ['opening', 'opening', 'Wat wilt u ons vertellen? Wat gaat goed en wat is moeilijk?'],
      ['a1', 'q:a1', 'Hoe was het op school?'],
    ]);
  });

  it('show a question without a translation in Dutch, marked as Dutch', () => {
    expect(questionIn(questions[0]!, 'tr')).toEqual({ text: 'Bize ne anlatmak istersiniz? Neler iyi gidiyor, neler zor?', lang: 'tr' });
    expect(questionIn(questions[1]!, 'tr')).toEqual({ text: 'Hoe was het op school?', lang: 'nl' });
  });

  it('read only the filled answer fields', () => {
    expect([...filledFields({ 'answer-opening': '  ja ', 'answer-a1': '   ', other: 'x', 'answer-b': ['x'] }, 'answer')]).toEqual([['opening', 'ja']]);
    expect(answerQuotes('"Eén"\n\n twee ')).toEqual(['Eén', 'twee']);
  });
});

describe('a parent’s own words for others', () => {
  const known = identifiersOf([{ name: 'Fenna', surname: 'Wouters', phone: '06-11223344' }]);

  it('masks a name and a phone number by kind, a full name once', () => {
    const text = 'Fenna Wouters belde 06-11223344, en Fenna kwam.';
    expect(maskedForOthers(text, findIdentifying(text, known))).toBe('[naam] belde [telefoonnummer], en [naam] kwam.');
  });

  it('never lets a known name through, wherever it stands', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('ik', 'de', 'school', 'Fenna', 'Wouters', 'belt', '.', ',')), (words) => {
        const text = words.join(' ');
        const masked = maskedForOthers(text, findIdentifying(text, known));
        expect(findIdentifying(masked, known)).toEqual([]);
      }),
    );
  });
});

describe('the minutes’ sources', () => {
  it('keep the group’s notes apart from each contribution and conversation, oldest first', () => {
    const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 10, 0, s));
    const note = (id: string, s: number, voice: { id: string; kind: 'contribution' | 'conversation' } | null) => ({
      id,
      questionKey: 'k',
      questionText: '',
      createdAt: at(s),
      voice,
    });
    const a = { id: 'va', kind: 'contribution' as const };
    const b = { id: 'vb', kind: 'conversation' as const };
    const split = splitBySource([note('3', 3, b), note('1', 1, a), note('2', 2, null), note('4', 4, a)]);
    expect(split.meeting.map((n) => n.id)).toEqual(['2']);
    expect(split.voices.map((g) => [g.voice.id, g.notes.map((n) => n.id)])).toEqual([
      ['va', ['1', '4']],
      ['vb', ['3']],
    ]);
  });
});
