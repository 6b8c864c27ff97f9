import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CalendarMark, calendarMarks, conflictHints, conflictsFor } from './conflicts';
import { addDays, fromDayNumber } from './days';
import { holidaysBetween } from './holidays';
import { SCHOOL_HOLIDAYS_NL } from './school-holidays-nl';

const school = SCHOOL_HOLIDAYS_NL.map((s) => ({ name: s.name, region: s.region, startsOn: s.startsOn, endsOn: s.endsOn }));
const marksFor = (region: 'noord' | 'midden' | 'zuid') => calendarMarks({ region, schoolHolidays: school, events: holidaysBetween(2025, 2027) });
const describeConflict = (c: ReturnType<typeof conflictsFor>[number]) => `${c.mark.source === 'school' ? c.mark.name : c.mark.key}:${c.relation}:${c.days}`;

describe('conflict hints', () => {
  it('finds the Christmas holiday and Christmas itself', () => {
    expect(conflictsFor('2026-12-28', marksFor('midden')).map(describeConflict)).toEqual(['Kerstvakantie:during:0', 'christmas:after:2']);
  });

  it('uses the region of the organisation', () => {
    // Autumn holiday 2025: zuid 11–19 October, noord and midden a week later.
    expect(conflictsFor('2025-10-14', marksFor('zuid')).map(describeConflict)).toEqual(['Herfstvakantie:during:0']);
    expect(conflictsFor('2025-10-14', marksFor('noord'))).toEqual([]);
    expect(conflictsFor('2025-10-16', marksFor('noord')).map(describeConflict)).toEqual(['Herfstvakantie:before:2']);
  });

  it('widens approximate days by one day on each side', () => {
    // Eid al-Fitr 2026 is computed for 20 March; the 21st may be the day itself.
    const hints = conflictsFor('2026-03-21', marksFor('midden')).map(describeConflict);
    expect(hints).toContain('eidAlFitr:during:0');
    expect(conflictsFor('2026-03-24', marksFor('midden')).map(describeConflict)).toContain('eidAlFitr:after:3');
    expect(conflictsFor('2026-03-25', marksFor('midden')).map(describeConflict).join()).not.toContain('eidAlFitr');
  });

  it('gives hints per meeting, only for meetings with a date, nearest first', () => {
    const hints = conflictHints(
      [
        { kind: 'mirror', date: '2026-09-11', startTime: '19:00' },
        { kind: 'follow_up', date: null, startTime: '' },
        { kind: 'feedback', date: '2026-11-04', startTime: '' },
      ],
      marksFor('midden'),
    );
    expect(Object.keys(hints)).toEqual(['mirror']);
    expect(hints.mirror!.map(describeConflict)).toEqual(['roshHashanah:before:1']);
  });

  it('ignores school holidays of other regions and broken rows', () => {
    const marks = calendarMarks({
      region: 'noord',
      schoolHolidays: [
        { name: 'Zuid', region: 'zuid', startsOn: '2026-01-01', endsOn: '2026-01-05' },
        { name: 'Alle', region: 'all', startsOn: '2026-01-01', endsOn: '2026-01-05' },
        { name: 'Kapot', region: 'noord', startsOn: '2026-13-01', endsOn: '2026-01-05' },
      ],
      events: [],
    });
    expect(marks.map((m) => (m.source === 'school' ? m.name : m.key))).toEqual(['Alle']);
  });

  it('property: a date inside a mark is "during", and within the window it is found', () => {
    fc.assert(
      fc.property(fc.integer({ min: 20_000, max: 21_000 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: -10, max: 30 }), (start, length, offset) => {
        const mark: CalendarMark = { source: 'school', name: 'X', start: fromDayNumber(start), end: fromDayNumber(start + length), approximate: false };
        const date = addDays(mark.start, offset);
        const found = conflictsFor(date, [mark], 3);
        if (offset >= 0 && offset <= length) expect(found).toEqual([{ mark, relation: 'during', days: 0 }]);
        else if (offset < 0) expect(found.length).toBe(-offset <= 3 ? 1 : 0);
        else expect(found.length).toBe(offset - length <= 3 ? 1 : 0);
      }),
    );
  });
});
