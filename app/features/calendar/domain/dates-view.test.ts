import { describe, expect, it } from 'vitest';
import { datesView, marksOn } from './dates-view';
import { SCHOOL_HOLIDAYS_NL } from './school-holidays-nl';

const schoolHolidays = SCHOOL_HOLIDAYS_NL.map((s) => ({ name: s.name, region: s.region, startsOn: s.startsOn, endsOn: s.endsOn }));

describe('datesView', () => {
  it('puts warnings, hints and the months of the period together', () => {
    const view = datesView({
      meetings: [
        { kind: 'follow_up', date: '2027-01-25', startTime: '19:00' },
        { kind: 'mirror', date: '2026-12-28', startTime: '14:00' },
      ],
      schoolHolidays,
      region: 'noord',
      today: '2026-11-23',
    });
    expect(view.dates.map((d) => d.kind)).toEqual(['mirror', 'follow_up', 'feedback']);
    expect(view.warnings).toEqual([{ kind: 'followUpTooLate', days: 28 }]);
    expect(view.conflicts.mirror?.[0]).toMatchObject({ relation: 'during', mark: { name: 'Kerstvakantie' } });
    expect(view.conflicts.follow_up).toBeUndefined();
    expect(view.months.map((m) => `${m.year}-${m.month}`)).toEqual(['2026-12', '2027-1']);
    // Christmas 2026 and the Christmas holiday are in view; a holiday of 2025 is not.
    expect(marksOn('2026-12-25', view.marks).map((m) => (m.source === 'school' ? m.name : m.key))).toEqual(['Kerstvakantie', 'christmas']);
    expect(view.marks.every((m) => m.end >= '2026-12-01' && m.start <= '2027-01-31')).toBe(true);
  });

  it('shows the coming three months when nothing is set', () => {
    const view = datesView({ meetings: [], schoolHolidays: [], region: 'midden', today: '2026-11-23' });
    expect(view.months.map((m) => m.month)).toEqual([11, 12, 1]);
    expect(view.warnings).toEqual([]);
    expect(view.conflicts).toEqual({});
    expect(view.marks.some((m) => m.source === 'holiday' && m.key === 'christmas')).toBe(true);
  });
});
