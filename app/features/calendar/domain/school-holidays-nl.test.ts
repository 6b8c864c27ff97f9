import { describe, expect, it } from 'vitest';
import { isDay } from './days';
import { SCHOOL_HOLIDAYS_NL, schoolYearOf, sourceOf } from './school-holidays-nl';

describe('shipped school holidays', () => {
  it('has five holidays per region for each school year, all valid and in their school year', () => {
    for (const year of ['2025-2026', '2026-2027']) {
      for (const region of ['noord', 'midden', 'zuid']) {
        const rows = SCHOOL_HOLIDAYS_NL.filter((h) => h.schoolYear === year && (h.region === region || h.region === 'all'));
        expect(rows.map((r) => r.name).sort()).toEqual(['Herfstvakantie', 'Kerstvakantie', 'Meivakantie', 'Voorjaarsvakantie', 'Zomervakantie']);
      }
    }
    for (const h of SCHOOL_HOLIDAYS_NL) {
      expect(isDay(h.startsOn) && isDay(h.endsOn)).toBe(true);
      expect(h.startsOn <= h.endsOn).toBe(true);
      expect(schoolYearOf(h.startsOn)).toBe(h.schoolYear);
      // Dutch school holidays run from a Saturday to a Sunday.
      expect(new Date(`${h.startsOn}T00:00:00Z`).getUTCDay()).toBe(6);
      expect(new Date(`${h.endsOn}T00:00:00Z`).getUTCDay()).toBe(0);
    }
  });

  it('says which dates still need checking', () => {
    expect(sourceOf(SCHOOL_HOLIDAYS_NL.find((h) => h.confident)!)).toMatch(/^Rijksoverheid/);
    expect(sourceOf(SCHOOL_HOLIDAYS_NL.find((h) => !h.confident)!)).toMatch(/controleren/);
    expect(schoolYearOf('2026-07-31')).toBe('2025-2026');
    expect(schoolYearOf('2026-08-01')).toBe('2026-2027');
  });
});
