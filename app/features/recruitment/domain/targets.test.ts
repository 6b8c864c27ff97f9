import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ParticipantStatus, STATUSES } from './pipeline';
import { committedCount, recruitmentSummary, statusCounts, targetWarnings } from './targets';

const rows = (spec: Partial<Record<ParticipantStatus, number>>) =>
  Object.entries(spec).flatMap(([status, n]) => Array.from({ length: n }, () => ({ status: status as ParticipantStatus })));
const range = { min: 5, max: 8 };

describe('target warnings', () => {
  it('counts registered, confirmed and attended towards the group', () => {
    const counts = statusCounts(rows({ approached: 4, interested: 2, registered: 1, confirmed: 2, attended: 1, cancelled: 3 }));
    expect(counts).toEqual({ approached: 4, interested: 2, registered: 1, confirmed: 2, attended: 1, cancelled: 3 });
    expect(committedCount(counts)).toBe(4);
  });

  it('warns below the minimum and above the maximum, not at the edges', () => {
    expect(targetWarnings(statusCounts(rows({ registered: 4 })), range)).toEqual(['belowMin']);
    expect(targetWarnings(statusCounts(rows({ registered: 5 })), range)).toEqual([]);
    expect(targetWarnings(statusCounts(rows({ registered: 3, confirmed: 5 })), range)).toEqual([]);
    expect(targetWarnings(statusCounts(rows({ registered: 3, confirmed: 6 })), range)).toEqual(['aboveMax']);
    // The care-organisation variant: 8–12.
    expect(targetWarnings(statusCounts(rows({ confirmed: 7 })), { min: 8, max: 12 })).toEqual(['belowMin']);
  });

  it('notes when many are only interested', () => {
    expect(targetWarnings(statusCounts(rows({ interested: 2 })), range)).toEqual(['belowMin']);
    expect(targetWarnings(statusCounts(rows({ interested: 3, registered: 1 })), range)).toEqual(['belowMin', 'manyInterested']);
    expect(targetWarnings(statusCounts(rows({ interested: 5, registered: 6 })), range)).toEqual([]);
    expect(targetWarnings(statusCounts(rows({ interested: 6, registered: 6 })), range)).toEqual(['manyInterested']);
  });

  it('never warns both below and above, and is empty inside the range with few interested', () => {
    const status = fc.constantFrom(...STATUSES);
    fc.assert(
      fc.property(fc.array(status, { maxLength: 40 }), fc.nat(12), fc.nat(12), (list, a, b) => {
        const [min, max] = a <= b ? [a, b] : [b, a];
        const counts = statusCounts(list.map((s) => ({ status: s })));
        const w = targetWarnings(counts, { min, max });
        expect(w.includes('belowMin') && w.includes('aboveMax')).toBe(false);
        const n = committedCount(counts);
        if (n >= min && n <= max && counts.interested < 3) expect(w).toEqual([]);
      }),
    );
  });
});

describe('recruitmentSummary', () => {
  it('gives numbers and the most important warning', () => {
    const targets = { participantTargetMin: 5, participantTargetMax: 8 };
    expect(recruitmentSummary(rows({ interested: 4, registered: 1, confirmed: 1 }), targets)).toEqual({
      registered: 2,
      interested: 4,
      min: 5,
      max: 8,
      warning: 'belowMin',
    });
    expect(recruitmentSummary(rows({ confirmed: 6 }), targets)).toEqual({ registered: 6, interested: 0, min: 5, max: 8 });
    expect(recruitmentSummary(rows({ confirmed: 9 }), targets).warning).toBe('aboveMax');
  });
});
