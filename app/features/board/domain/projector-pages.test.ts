import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { barPercent, pageRanges, projectorDensity } from './projector-pages';

describe('projector pages', () => {
  it('puts every item on exactly one page, in order, within the capacity, on the fewest pages', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 1, max: 60 }), (count, capacity) => {
        const pages = pageRanges(count, capacity);
        const seen = pages.flatMap(({ start, end }) => Array.from({ length: end - start }, (_, i) => start + i));
        expect(seen).toEqual(Array.from({ length: count }, (_, i) => i));
        for (const { start, end } of pages) expect(end - start).toBeLessThanOrEqual(capacity);
        // Fewer pages cannot hold count items of at most capacity each.
        expect(pages.length).toBe(Math.max(1, Math.ceil(count / capacity)));
        if (count > 0) for (const { start, end } of pages) expect(end - start).toBeGreaterThan(0);
        const sizes = pages.map(({ start, end }) => end - start);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('splits 30 notes with room for 12 into three pages of 10, and nothing into one empty page', () => {
    expect(pageRanges(30, 12)).toEqual([
      { start: 0, end: 10 },
      { start: 10, end: 20 },
      { start: 20, end: 30 },
    ]);
    expect(pageRanges(0, 5)).toEqual([{ start: 0, end: 0 }]);
    expect(pageRanges(5, 0)).toHaveLength(5);
  });

  it('never makes type smaller than 24 px, and never larger for more items', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (a, b) => {
        const [fewer, more] = a <= b ? [a, b] : [b, a];
        expect(projectorDensity(more).size * 16).toBeGreaterThanOrEqual(24);
        expect(projectorDensity(more).size).toBeLessThanOrEqual(projectorDensity(fewer).size);
        expect(projectorDensity(more).minColumn).toBeLessThanOrEqual(projectorDensity(fewer).minColumn);
      }),
    );
  });

  it('draws bars relative to the largest total, and none for no dots', () => {
    expect(barPercent(7, 7)).toBe(100);
    expect(barPercent(3, 6)).toBe(50);
    expect(barPercent(0, 6)).toBe(0);
    expect(barPercent(0, 0)).toBe(0);
    fc.assert(
      fc.property(fc.nat(1000), fc.nat(1000), (value, extra) => {
        const percent = barPercent(value, value + extra);
        expect(percent).toBeGreaterThanOrEqual(0);
        expect(percent).toBeLessThanOrEqual(100);
      }),
    );
  });
});
