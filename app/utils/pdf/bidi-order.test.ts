import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { visualOrder } from './bidi-order';

describe('visual order of runs (bidi rule L2)', () => {
  it('keeps left-to-right runs in place', () => {
    expect(visualOrder([])).toEqual([]);
    expect(visualOrder([0, 0, 0])).toEqual([0, 1, 2]);
  });

  it('reverses a right-to-left line', () => {
    expect(visualOrder([1, 1, 1])).toEqual([2, 1, 0]);
  });

  it('keeps a number or Latin word inside an Arabic line in its own order', () => {
    // Arabic, number (level 2), Arabic: the number stays between, the Arabic runs swap.
    expect(visualOrder([1, 2, 1])).toEqual([2, 1, 0]);
    // Two left-to-right runs (e.g. "De Schans" set in two fonts) keep their order inside the Arabic line.
    expect(visualOrder([1, 2, 2, 1])).toEqual([3, 1, 2, 0]);
  });

  it('reverses an Arabic phrase inside a Dutch line', () => {
    expect(visualOrder([0, 1, 1, 0])).toEqual([0, 2, 1, 3]);
  });

  it('is a permutation, and its own inverse for a single level', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { maxLength: 12 }), (levels) => {
        const order = visualOrder(levels);
        expect([...order].sort((a, b) => a - b)).toEqual(levels.map((_, i) => i));
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), (n) => {
        const order = visualOrder(Array(n).fill(1));
        expect(order).toEqual([...Array(n).keys()].reverse());
      }),
    );
  });
});
