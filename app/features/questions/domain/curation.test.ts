import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUESTION_STATUSES as SCHEMA_STATUSES } from '#app/db/schema';
import { missingRequiredDomains, questionsInScope } from './domains';
import { duplicateSuggestions, jaccard, similarity, tokens } from './duplicates';
import { chosenInOrder, moveInOrder, planMerge, positionsFor } from './ordering';
import { QUESTION_STATUSES, type QuestionStatus } from './statuses';
import { questionsSummary } from './summary';

const q = (
  id: string,
  status: QuestionStatus,
  domains: string[] = [],
  extra: Partial<{ position: number | null; mergedIntoId: string | null; createdAt: string }> = {},
) => ({
  id,
  status,
  domains,
  position: extra.position ?? null,
  mergedIntoId: extra.mergedIntoId ?? null,
  createdAt: extra.createdAt ?? '2026-01-01T10:00:00Z',
});

it('uses the same statuses as the database', () => {
  expect(QUESTION_STATUSES).toEqual(SCHEMA_STATUSES);
});

describe('domain coverage', () => {
  it('warns for each of medical and social that is missing', () => {
    expect(missingRequiredDomains([])).toEqual(['medical', 'social']);
    expect(missingRequiredDomains([q('a', 'submitted', ['medical'])])).toEqual(['social']);
    expect(missingRequiredDomains([q('a', 'submitted', ['social', 'housing'])])).toEqual(['medical']);
    expect(missingRequiredDomains([q('a', 'submitted', ['social']), q('b', 'submitted', ['medical'])])).toEqual([]);
  });

  it('looks at the chosen questions once any are chosen', () => {
    const questions = [q('a', 'chosen', ['medical']), q('b', 'submitted', ['social'])];
    expect(questionsInScope(questions).map((x) => x.id)).toEqual(['a']);
    expect(missingRequiredDomains(questions)).toEqual(['social']);
  });

  it('before choosing, ignores merged and set-aside questions', () => {
    const questions = [q('a', 'merged', ['medical']), q('b', 'set_aside', ['social']), q('c', 'submitted')];
    expect(missingRequiredDomains(questions)).toEqual(['medical', 'social']);
  });
});

describe('duplicate suggestions', () => {
  const near = [
    ['Waar haalt u steun bij het opvoeden van uw kinderen?', 'Bij wie haalt u steun bij de opvoeding van uw kinderen?'],
    ['Wat vindt u van de speeltuinen in de buurt?', 'Hoe vindt u de speeltuinen in uw buurt?'],
    ['Wanneer voelt u zich goed geholpen door de huisarts?', 'Voelt u zich goed geholpen door uw huisarts?'],
    ['Waar gaat u met uw kinderen naartoe in de wijk?', 'Waar gaat u naartoe met de kinderen in de wijk?'],
  ];
  const different = [
    ['Waar haalt u steun bij het opvoeden van uw kinderen?', 'Wat vindt u van de speeltuinen in de buurt?'],
    ['Wanneer voelt u zich goed geholpen door de huisarts?', 'Welke tips heeft u voor de gemeente?'],
    ['Hoe is het wonen in deze wijk?', 'Hoe vindt u de kinderopvang?'],
    ['Wat doet het consultatiebureau goed?', 'Wat kan het consultatiebureau beter doen voor vaders?'],
  ];

  it.each(near)('suggests merging "%s" and "%s"', (a, b) => {
    expect(similarity(a, b)).toBeGreaterThanOrEqual(0.5);
  });

  it.each(different)('keeps "%s" and "%s" apart', (a, b) => {
    expect(similarity(a, b)).toBeLessThan(0.5);
  });

  it('normalises case, punctuation, accents and stop words', () => {
    expect([...tokens('Wat vindt U van de Ouders? ideeën!')]).toEqual(['ouder', 'idee']);
    expect(similarity('', '')).toBe(0);
    expect(similarity('Hoe?', 'Wat?')).toBe(0);
  });

  it('lists pairs most alike first, each pair once', () => {
    const pairs = duplicateSuggestions([
      { id: '1', text: near[0]![0]! },
      { id: '2', text: 'Welke tips heeft u voor de gemeente?' },
      { id: '3', text: 'Waar haalt u als ouder steun bij het opvoeden?' },
      { id: '4', text: near[0]![0]! },
    ]);
    expect(pairs.map((p) => `${p.firstId}-${p.secondId}`)).toEqual(['1-4', '1-3', '3-4']);
    expect(pairs.map((p) => p.score)).toEqual([1, 0.6, 0.6]);
  });

  it('is symmetric and between 0 and 1', () => {
    const words = fc.constantFrom('ouder', 'kind', 'steun', 'buurt', 'de', 'het', 'wat', 'opvoeden', 'school', 'huisarts', 'Hulp', 'hulp!');
    const sentence = fc.array(words, { maxLength: 12 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(sentence, sentence, (a, b) => {
        const ab = similarity(a, b);
        return ab === similarity(b, a) && ab >= 0 && ab <= 1;
      }),
    );
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => jaccard(tokens(a), tokens(b)) === jaccard(tokens(b), tokens(a))));
  });

  it('finds a text identical to itself whenever it has a meaningful word', () => {
    fc.assert(fc.property(fc.string(), (a) => (tokens(a).size === 0 ? similarity(a, a) === 0 : similarity(a, a) === 1)));
  });
});

describe('order of the chosen questions', () => {
  it('sorts chosen questions by position, then by arrival', () => {
    const questions = [
      q('late', 'chosen', [], { position: null, createdAt: '2026-01-03T00:00:00Z' }),
      q('second', 'chosen', [], { position: 2 }),
      q('not', 'submitted', [], { position: null }),
      q('first', 'chosen', [], { position: 1 }),
      q('early', 'chosen', [], { position: null, createdAt: '2026-01-02T00:00:00Z' }),
    ];
    expect(chosenInOrder(questions).map((x) => x.id)).toEqual(['first', 'second', 'early', 'late']);
  });

  it('moves up and down, and not past either end', () => {
    expect(moveInOrder(['a', 'b', 'c'], 'c', 'up')).toEqual(['a', 'c', 'b']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 'down')).toEqual(['b', 'a', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
    expect(moveInOrder(['a', 'b'], 'x', 'up')).toEqual(['a', 'b']);
  });

  it('keeps the same questions when moving, and down undoes up', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 10 }), fc.nat(), (ids, n) => {
        const id = ids[n % ids.length]!;
        const moved = moveInOrder(ids, id, 'up');
        const index = ids.indexOf(id);
        expect([...moved].sort()).toEqual([...ids].sort());
        if (index > 0) expect(moveInOrder(moved, id, 'down')).toEqual(ids);
      }),
    );
  });

  it('numbers positions from 1 without gaps', () => {
    expect(positionsFor(['x', 'y'])).toEqual([
      { id: 'x', position: 1 },
      { id: 'y', position: 2 },
    ]);
  });
});

describe('merging', () => {
  const base = [
    q('kept', 'chosen', ['medical'], { position: 2 }),
    q('from', 'chosen', ['social'], { position: 1 }),
    q('earlier', 'merged', [], { mergedIntoId: 'from' }),
    q('other', 'chosen', [], { position: 3 }),
  ];

  it('points the merged question, and those merged into it, to the kept one', () => {
    const plan = planMerge(base, 'from', 'kept');
    expect(plan).toEqual({
      ok: true,
      redirected: ['from', 'earlier'],
      keptDomains: ['medical', 'social'],
      positions: [
        { id: 'kept', position: 1 },
        { id: 'other', position: 2 },
      ],
    });
  });

  it('refuses to merge a question into itself or into a merged one', () => {
    expect(planMerge(base, 'kept', 'kept')).toEqual({ ok: false, reason: 'same' });
    expect(planMerge(base, 'kept', 'earlier')).toEqual({ ok: false, reason: 'keptIsMerged' });
    expect(planMerge(base, 'earlier', 'kept')).toEqual({ ok: false, reason: 'alreadyMerged' });
  });
});

describe('summary for the preparation overview', () => {
  it('counts questions and names the missing domains', () => {
    expect(questionsSummary([q('a', 'chosen', ['medical']), q('b', 'submitted', ['social']), q('c', 'merged')])).toEqual({
      submitted: 3,
      chosen: 1,
      missingDomains: ['social'],
    });
    expect(questionsSummary([])).toEqual({ submitted: 0, chosen: 0, missingDomains: ['medical', 'social'] });
  });
});
