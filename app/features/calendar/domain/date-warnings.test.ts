import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateWarnings, datesSummary } from './date-warnings';
import { addDays, daysBetween, fromDayNumber } from './days';
import type { MeetingDates } from './meetings';

const m = (mirror: string | null, followUp: string | null, feedback: string | null): MeetingDates[] => [
  { kind: 'mirror', date: mirror, startTime: '' },
  { kind: 'follow_up', date: followUp, startTime: '' },
  { kind: 'feedback', date: feedback, startTime: '' },
];

describe('dateWarnings', () => {
  it('is quiet for a good plan and for missing dates', () => {
    expect(dateWarnings(m('2026-03-10', '2026-03-24', '2026-04-07'), '2026-01-01')).toEqual([]);
    expect(dateWarnings(m(null, null, null), '2026-01-01')).toEqual([]);
    expect(dateWarnings([], '2026-01-01')).toEqual([]);
    expect(dateWarnings(m('2026-03-10', null, '2026-01-01'))).toEqual([]);
  });

  it('warns when the follow-up comes before the mirror meeting', () => {
    expect(dateWarnings(m('2026-03-10', '2026-03-09', null))).toEqual([{ kind: 'followUpBeforeMirror' }]);
  });

  it('allows exactly 21 days and warns from 22 days on, saying how many', () => {
    expect(dateWarnings(m('2026-03-10', '2026-03-31', null))).toEqual([]);
    expect(dateWarnings(m('2026-03-10', '2026-04-01', null))).toEqual([{ kind: 'followUpTooLate', days: 22 }]);
    expect(dateWarnings(m('2026-03-10', '2026-04-07', null))).toEqual([{ kind: 'followUpTooLate', days: 28 }]);
    // Across the turn of the year and a clock change, days are still whole days.
    expect(dateWarnings(m('2026-12-20', '2027-01-17', null))).toEqual([{ kind: 'followUpTooLate', days: 28 }]);
    expect(dateWarnings(m('2026-03-20', '2026-04-17', null))).toEqual([{ kind: 'followUpTooLate', days: 28 }]);
  });

  it('warns when the feedback comes before the follow-up; the same day is fine', () => {
    expect(dateWarnings(m('2026-03-10', '2026-03-24', '2026-03-23'))).toEqual([{ kind: 'feedbackBeforeFollowUp' }]);
    expect(dateWarnings(m('2026-03-10', '2026-03-24', '2026-03-24'))).toEqual([]);
  });

  it('warns about each date in the past, but not about today', () => {
    expect(dateWarnings(m('2026-03-10', '2026-03-24', '2026-04-07'), '2026-03-24')).toEqual([{ kind: 'inPast', meeting: 'mirror' }]);
  });

  it('ignores dates that are not real days', () => {
    expect(dateWarnings(m('2026-02-30', '2026-01-01', null))).toEqual([]);
  });

  const day = fc.integer({ min: 19_000, max: 22_000 }).map(fromDayNumber);

  it('property: the follow-up warning matches the gap exactly', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: -60, max: 60 }), (mirror, gap) => {
        const warnings = dateWarnings(m(mirror, addDays(mirror, gap), null));
        if (gap < 0) expect(warnings).toEqual([{ kind: 'followUpBeforeMirror' }]);
        else if (gap > 21) expect(warnings).toEqual([{ kind: 'followUpTooLate', days: gap }]);
        else expect(warnings).toEqual([]);
      }),
    );
  });

  it('property: dates in order, within three weeks and not in the past give no warning', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 21 }), fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 30 }), (mirror, gap, after, ago) => {
        const followUp = addDays(mirror, gap);
        expect(dateWarnings(m(mirror, followUp, addDays(followUp, after)), addDays(mirror, -ago))).toEqual([]);
        expect(daysBetween(mirror, followUp)).toBe(gap);
      }),
    );
  });
});

describe('datesSummary', () => {
  it('counts the dates set and the warnings', () => {
    expect(datesSummary([])).toEqual({ set: 0, warnings: 0 });
    expect(datesSummary(m('2026-03-10', null, null))).toEqual({ set: 1, warnings: 0 });
    expect(datesSummary(m('2026-03-10', '2026-04-07', '2026-04-01'), '2026-01-01')).toEqual({ set: 3, warnings: 2 });
    expect(datesSummary(m('2026-03-10', '2026-03-24', '2026-04-07'), '2026-03-11')).toEqual({ set: 3, warnings: 1 });
  });
});
