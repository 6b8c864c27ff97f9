import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, weekdayMondayFirst } from './days';
import { MAX_MONTHS, monthGrid, monthsToShow } from './month-grid';

describe('monthsToShow', () => {
  it('shows this month and the next two without dates', () => {
    expect(monthsToShow([null, null, null], '2026-11-23')).toEqual([
      { year: 2026, month: 11 },
      { year: 2026, month: 12 },
      { year: 2027, month: 1 },
    ]);
  });

  it('spans the months from the first to the last date, in any order', () => {
    expect(monthsToShow(['2027-01-10', null, '2026-12-20'], '2026-01-01')).toEqual([
      { year: 2026, month: 12 },
      { year: 2027, month: 1 },
    ]);
    expect(monthsToShow(['2026-03-10'], '2026-01-01')).toEqual([{ year: 2026, month: 3 }]);
  });

  it('never shows more than a year', () => {
    expect(monthsToShow(['2026-01-10', '2029-01-10'], '2026-01-01')).toHaveLength(MAX_MONTHS);
  });
});

describe('monthGrid', () => {
  it('starts weeks on Monday', () => {
    // 1 February 2026 is a Sunday; 28 February a Saturday.
    const weeks = monthGrid({ year: 2026, month: 2 });
    expect(weeks[0]).toEqual([null, null, null, null, null, null, '2026-02-01']);
    expect(weeks.at(-1)).toEqual(['2026-02-23', '2026-02-24', '2026-02-25', '2026-02-26', '2026-02-27', '2026-02-28', null]);
  });

  it('property: every day of the month once, in order, on its weekday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 18_000, max: 25_000 }), (n) => {
        const day = fromDayNumber(n);
        const ym = { year: Number(day.slice(0, 4)), month: Number(day.slice(5, 7)) };
        const weeks = monthGrid(ym);
        expect(weeks.every((w) => w.length === 7)).toBe(true);
        const days = weeks.flat().filter((d): d is string => d !== null);
        expect(days[0]!.endsWith('-01')).toBe(true);
        expect(days.every((d) => d.slice(0, 7) === day.slice(0, 7))).toBe(true);
        expect(new Set(days).size).toBe(days.length);
        expect(days).toEqual([...days].sort());
        weeks.forEach((week) => week.forEach((d, i) => d && expect(weekdayMondayFirst(d)).toBe(i)));
        expect(days).toContain(day);
      }),
    );
  });
});
