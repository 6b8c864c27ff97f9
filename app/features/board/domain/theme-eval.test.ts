import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adjustedRandIndex, evaluate } from './theme-eval';

describe('adjusted Rand index', () => {
  it('is 1 for the same partition, whatever the labels are called', () => {
    expect(adjustedRandIndex(['a', 'a', 'b', 'b', 'c'], ['a', 'a', 'b', 'b', 'c'])).toBe(1);
    expect(adjustedRandIndex(['a', 'a', 'b', 'b'], ['x', 'x', 'y', 'y'])).toBe(1);
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { minLength: 2, maxLength: 30 }), (labels) => {
        expect(
          adjustedRandIndex(
            labels,
            labels.map((l) => `renamed-${l}`),
          ),
        ).toBeCloseTo(1, 12);
      }),
    );
  });

  it('gives the known values of small examples', () => {
    // One group split in two: (1 − 1/3) / (3/2 − 1/3) = 4/7.
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '0', '1', '2'])).toBeCloseTo(4 / 7, 12);
    // Crossed against each other: worse than chance.
    expect(adjustedRandIndex(['0', '0', '1', '1'], ['0', '1', '0', '1'])).toBeCloseTo(-0.5, 12);
    // Everything together against everything apart says nothing.
    expect(adjustedRandIndex(['a', 'a', 'a', 'a'], ['1', '2', '3', '4'])).toBe(0);
  });

  it('is symmetric and at most 1', () => {
    const labels = fc.array(fc.constantFrom('a', 'b', 'c'), { minLength: 12, maxLength: 12 });
    fc.assert(
      fc.property(labels, labels, (a, b) => {
        expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
        expect(adjustedRandIndex(a, b)).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });
});

describe('evaluation figures', () => {
  const notes = [
    { id: 'a', theme: 'wait' },
    { id: 'b', theme: 'wait' },
    { id: 'c', theme: 'money' },
    { id: 'd', theme: 'money' },
  ];

  it('counts left-out notes, and the index over assigned notes and over all', () => {
    const figures = evaluate(notes, [{ themeId: null, name: 'Wachten', noteIds: ['a', 'b'] }]);
    expect(figures.unassigned).toBe(0.5);
    expect(figures.ariAssigned).toBe(1);
    // Gold {a,b},{c,d} against {a,b},{c},{d}: 4/7 as above.
    expect(figures.ariAll).toBeCloseTo(4 / 7, 12);
    expect(figures.rightTheme).toBeNull();
  });

  it('scores suggestions for existing themes by their labels', () => {
    const figures = evaluate(notes, [
      { themeId: 'wait', name: 'Wachten', noteIds: ['a', 'b', 'c'] },
      { themeId: 'money', name: 'Geld', noteIds: ['d'] },
    ]);
    expect(figures.unassigned).toBe(0);
    expect(figures.rightTheme).toBe(0.75);
  });
});
