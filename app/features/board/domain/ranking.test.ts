import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type RankInput, rankIdeas } from './ranking';

const idea = (ideaId: string, dots: number, createdAt = 0): RankInput => ({ ideaId, title: `Idee ${ideaId}`, themeName: 'Thema', dots, createdAt });
const summary = (items: ReturnType<typeof rankIdeas>) => items.map((i) => `${i.rank}${i.tied ? '=' : ''}:${i.ideaId}`);

describe('ranking ideas', () => {
  it('gives nothing for no ideas, or only ideas without dots', () => {
    expect(rankIdeas([])).toEqual([]);
    expect(rankIdeas([idea('a', 0), idea('b', 0)])).toEqual([]);
  });

  it('uses competition ranking: 1, 2, 2, 4', () => {
    const ranked = rankIdeas([idea('d', 1), idea('b', 3, 1), idea('a', 5), idea('c', 3, 2)]);
    expect(summary(ranked)).toEqual(['1:a', '2=:b', '2=:c', '4:d']);
    expect(ranked[0]).toEqual({ rank: 1, tied: false, ideaId: 'a', title: 'Idee a', themeName: 'Thema', dots: 5 });
  });

  it('leaves out ideas without dots', () => {
    expect(summary(rankIdeas([idea('a', 2), idea('b', 0), idea('c', 1)]))).toEqual(['1:a', '2:c']);
  });

  it('shows all ideas when all are tied, oldest first, then by id', () => {
    expect(summary(rankIdeas([idea('c', 4, 5), idea('b', 4, 1), idea('a', 4, 5)]))).toEqual(['1=:b', '1=:a', '1=:c']);
  });

  it('shows more than 10 when ideas are tied at the boundary', () => {
    const items = Array.from({ length: 14 }, (_, i) => idea(`i${String(i).padStart(2, '0')}`, i < 8 ? 20 - i : 3));
    const ranked = rankIdeas(items);
    expect(ranked).toHaveLength(14);
    expect(ranked.slice(8).every((r) => r.rank === 9 && r.tied)).toBe(true);
  });

  it('stops at 10 when the 10th and 11th differ', () => {
    const items = Array.from({ length: 12 }, (_, i) => idea(`i${String(i).padStart(2, '0')}`, 20 - i));
    expect(rankIdeas(items).map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rankIdeas(items, 3).map((r) => r.ideaId)).toEqual(['i00', 'i01', 'i02']);
  });

  it('ranks by the number of ideas with more dots, and shows whole places', () => {
    const itemsArb = fc.uniqueArray(fc.record({ ideaId: fc.string({ minLength: 1, maxLength: 4 }), dots: fc.nat({ max: 6 }), createdAt: fc.nat({ max: 5 }) }), {
      selector: (i) => i.ideaId,
      maxLength: 30,
    });
    fc.assert(
      fc.property(itemsArb, fc.integer({ min: 1, max: 12 }), (raw, limit) => {
        const items = raw.map((i) => ({ ...i, title: i.ideaId, themeName: 't' }));
        const ranked = rankIdeas(items, limit);
        const withDots = items.filter((i) => i.dots > 0);
        for (let k = 0; k < ranked.length; k++) {
          const item = ranked[k]!;
          expect(item.rank).toBe(1 + withDots.filter((i) => i.dots > item.dots).length);
          expect(item.tied).toBe(withDots.filter((i) => i.dots === item.dots).length > 1);
          if (k > 0) expect(item.rank).toBeGreaterThanOrEqual(ranked[k - 1]!.rank);
        }
        // Every idea with dots that ranks within the limit is shown, and nothing else.
        expect(ranked.map((r) => r.ideaId).sort()).toEqual(
          withDots
            .filter((i) => 1 + withDots.filter((o) => o.dots > i.dots).length <= limit)
            .map((i) => i.ideaId)
            .sort(),
        );
        expect(ranked.length).toBeGreaterThanOrEqual(Math.min(limit, withDots.length));
      }),
    );
  });

  it('does not depend on the order of the input', () => {
    const items = [idea('a', 2, 3), idea('b', 2, 1), idea('c', 5, 9), idea('d', 1, 0), idea('e', 2, 1)];
    fc.assert(
      fc.property(fc.shuffledSubarray(items, { minLength: items.length }), (shuffled) => {
        expect(rankIdeas(shuffled)).toEqual(rankIdeas(items));
      }),
    );
  });
});
