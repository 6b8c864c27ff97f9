import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '#app/i18n/i18n';
import {
  inAgendaOrder,
  inDraftOrder,
  joinTexts,
  mergeTranslations,
  missingTranslations,
  planAdopt,
  planMerge,
  planMove,
  planRemove,
  planSplit,
  type Position,
  quoteChanges,
  shareReadiness,
  unite,
} from './agenda';
import { changesNothing, reasonText } from './history';
import { suggestedLanguages } from './languages';

/** Positions 1..n without gaps, each id once. */
function expectGapless(positions: Position[]) {
  expect(positions.map((p) => p.position)).toEqual(positions.map((_, i) => i + 1));
  expect(new Set(positions.map((p) => p.id)).size).toBe(positions.length);
}

const ids = fc.uniqueArray(fc.uuid(), { minLength: 1, maxLength: 12 });
const texts = fc.array(fc.string({ maxLength: 12 }), { maxLength: 6 });
const source = (id: string, plainText: string, notes: string[], quotes: string[], dots: number) => ({
  id,
  plainText,
  notes,
  quotes,
  dots,
  themeName: 'Wachten',
});

describe('the order of the agenda', () => {
  it('keeps positions 1..n without gaps through any series of moves and removals', () => {
    fc.assert(
      fc.property(ids, fc.array(fc.tuple(fc.nat(), fc.constantFrom('up', 'down', 'remove')), { maxLength: 20 }), (start, steps) => {
        let order = [...start];
        for (const [pick, step] of steps) {
          if (order.length === 0) break;
          const id = order[pick % order.length]!;
          const positions = step === 'remove' ? planRemove(order, id) : planMove(order, id, step);
          expectGapless(positions);
          if (step === 'remove') expect(positions.map((p) => p.id)).toEqual(order.filter((o) => o !== id));
          else expect([...positions.map((p) => p.id)].sort()).toEqual([...order].sort());
          order = positions.map((p) => p.id);
        }
      }),
    );
  });

  it('moves one place, and not past either end', () => {
    expect(planMove(['a', 'b', 'c'], 'c', 'up').map((p) => p.id)).toEqual(['a', 'c', 'b']);
    expect(planMove(['a', 'b', 'c'], 'a', 'up').map((p) => p.id)).toEqual(['a', 'b', 'c']);
    expect(planMove(['a', 'b', 'c'], 'c', 'down').map((p) => p.id)).toEqual(['a', 'b', 'c']);
  });

  it('puts adopted drafts after what is on the agenda, in the order of the vote', () => {
    const drafts = inDraftOrder([
      { id: 'd3', rank: 2, dots: 4, title: 'Brieven' },
      { id: 'd1', rank: 1, dots: 7, title: 'Aanspreekpunt' },
      { id: 'd2', rank: 2, dots: 4, title: 'Acht weken' },
    ]);
    expect(drafts.map((d) => d.id)).toEqual(['d1', 'd2', 'd3']);
    expect(
      planAdopt(
        ['a'],
        drafts.map((d) => d.id),
      ),
    ).toEqual([
      { id: 'a', position: 1 },
      { id: 'd1', position: 2 },
      { id: 'd2', position: 3 },
      { id: 'd3', position: 4 },
    ]);
  });

  it('orders by position, then by age', () => {
    const rows = [
      { id: 'b', position: 2, createdAt: '2026-01-01' },
      { id: 'c', position: 1, createdAt: '2026-01-02' },
      { id: 'a', position: 1, createdAt: '2026-01-01' },
    ];
    expect(inAgendaOrder(rows).map((r) => r.id)).toEqual(['a', 'c', 'b']);
  });
});

describe('merging two items', () => {
  it('loses no quote or note, counts both votes, and closes up the agenda', () => {
    fc.assert(
      fc.property(
        ids.filter((l) => l.length >= 2),
        fc.nat(),
        fc.nat(),
        texts,
        texts,
        texts,
        texts,
        (order, i, j, n1, q1, n2, q2) => {
          const firstId = order[i % order.length]!;
          const others = order.filter((id) => id !== firstId);
          const secondId = others[j % others.length]!;
          const plan = planMerge(order, source(firstId, 'Eerste', n1, q1, 3), source(secondId, 'Tweede', n2, q2, 4));
          if (!plan.ok) throw new Error('merge refused');
          for (const quote of [...q1, ...q2].map((q) => q.trim()).filter(Boolean)) expect(plan.kept.quotes).toContain(quote);
          for (const note of [...n1, ...n2].map((n) => n.trim()).filter(Boolean)) expect(plan.kept.notes).toContain(note);
          expect(new Set(plan.kept.quotes).size).toBe(plan.kept.quotes.length);
          expect(plan.kept.dots).toBe(7);
          expect(plan.kept.plainText).toBe('Eerste\n\nTweede');
          expectGapless(plan.positions);
          expect(plan.positions.map((p) => p.id)).toEqual(order.filter((id) => id !== secondId));
        },
      ),
    );
  });

  it('refuses merging an item with itself', () => {
    const one = source('a', 'x', [], [], 1);
    expect(planMerge(['a'], one, one)).toEqual({ ok: false, reason: 'same' });
  });

  it('joins texts and translations without empty parts or doubles', () => {
    expect(joinTexts('  ', 'Tweede')).toBe('Tweede');
    expect(unite(['a', 'b'], ['b', ' c ', ''])).toEqual(['a', 'b', 'c']);
    expect(mergeTranslations({ ar: 'واحد', tr: 'Bir' }, { ar: 'اثنان', pl: 'Dwa' })).toEqual({ ar: 'واحد\n\nاثنان', tr: 'Bir', pl: 'Dwa' });
  });
});

describe('splitting an item', () => {
  it('puts the second part right after the first and loses no quote', () => {
    fc.assert(
      fc.property(
        ids,
        fc.nat(),
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 10 }), { maxLength: 6 }),
        fc.array(fc.constantFrom(1, 2, 3)),
        (order, i, quotes, sides) => {
          const itemId = order[i % order.length]!;
          const side = (k: number) => sides[k % Math.max(1, sides.length)] ?? 1;
          const first = quotes.filter((_, k) => side(k) !== 2);
          const second = quotes.filter((_, k) => side(k) !== 1);
          const plan = planSplit(order, itemId, 'new', quotes, { first, second });
          if (!plan.ok) throw new Error(plan.reason);
          expectGapless(plan.positions);
          const after = plan.positions.map((p) => p.id);
          expect(after[after.indexOf(itemId) + 1]).toBe('new');
          expect(after.filter((id) => id !== 'new')).toEqual(order);
          for (const q of quotes) expect([...plan.firstQuotes, ...plan.secondQuotes]).toContain(q);
        },
      ),
    );
  });

  it('refuses a split that drops a quote or names one the item does not have', () => {
    expect(planSplit(['a'], 'a', 'n', ['x', 'y'], { first: ['x'], second: [] })).toEqual({ ok: false, reason: 'quoteLost' });
    expect(planSplit(['a'], 'a', 'n', ['x'], { first: ['x'], second: ['z'] })).toEqual({ ok: false, reason: 'unknownQuote' });
  });
});

describe('quotes, sharing and translations', () => {
  it('says which quotes an edit takes away and adds', () => {
    expect(quoteChanges(['a', 'b'], ['b', 'c'])).toEqual({ removed: ['a'], added: ['c'] });
  });

  it('is ready to share with items that each have a plain text', () => {
    expect(shareReadiness([])).toEqual({ ready: false, problem: 'empty' });
    expect(shareReadiness([{ plainText: 'Tekst' }, { plainText: '  ' }])).toEqual({ ready: false, problem: 'missingPlainText', count: 1 });
    expect(shareReadiness([{ plainText: 'Tekst' }])).toEqual({ ready: true });
  });

  it('counts per chosen language the items without a translation', () => {
    const translations = [
      { itemId: 'a', language: 'ar', text: 'نص' },
      { itemId: 'b', language: 'ar', text: '  ' },
      { itemId: 'a', language: 'pl', text: 'Tekst' },
    ];
    expect(missingTranslations(['a', 'b'], ['ar', 'tr'], translations)).toEqual([
      { language: 'ar', missing: 1 },
      { language: 'tr', missing: 2 },
    ]);
  });

  it('suggests the flyer languages not chosen yet, never Dutch', () => {
    expect(suggestedLanguages(['nl', 'tr', 'ar', 'ar'], ['tr'])).toEqual(['ar']);
  });
});

describe('the history text', () => {
  const t = createTranslator('nl');
  it('says what happened, then why', () => {
    expect(reasonText(t, { kind: 'merged', otherTitle: 'Brieven' }, ' Gaat over hetzelfde. ')).toBe('Samengevoegd met “Brieven”. Waarom: Gaat over hetzelfde.');
    expect(reasonText(t, { kind: 'edited', title: false, plainText: true, quotesAdded: 1, quotesRemoved: 2 }, 'Duidelijker')).toBe(
      'Aangepast: tekst voor ouders, 1 citaat erbij, 2 citaten weggehaald. Waarom: Duidelijker',
    );
  });

  it('treats an edit without changes as nothing', () => {
    expect(changesNothing({ kind: 'edited', title: false, plainText: false, quotesAdded: 0, quotesRemoved: 0 })).toBe(true);
    expect(changesNothing({ kind: 'removed' })).toBe(false);
  });
});
