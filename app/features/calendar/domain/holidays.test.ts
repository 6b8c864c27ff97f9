import { describe, expect, it } from 'vitest';
import { daysBetween } from './days';
import { easterSunday, type HolidayKey, holidaysBetween } from './holidays';

const events = holidaysBetween(2025, 2028);
const find = (key: HolidayKey, year: number) => events.filter((e) => e.key === key && e.start.startsWith(String(year)));
const one = (key: HolidayKey, year: number) => {
  const found = find(key, year);
  expect(found, `${key} ${year}`).toHaveLength(1);
  return found[0]!;
};
/** The computed day is within a day of the known one, and marked approximate. */
const near = (key: HolidayKey, year: number, known: string) => {
  const event = one(key, year);
  expect(Math.abs(daysBetween(known, event.start)), `${key} ${year}: ${event.start}`).toBeLessThanOrEqual(1);
  expect(event.approximate).toBe(true);
  return event;
};

describe('Islamic days (Umm al-Qura, ±1 day)', () => {
  it('knows Ramadan 1447, Eid al-Fitr and Eid al-Adha 2026', () => {
    const ramadan = near('ramadan', 2026, '2026-02-18');
    near('eidAlFitr', 2026, '2026-03-20');
    near('eidAlAdha', 2026, '2026-05-27');
    // Ramadan ends the day before Eid al-Fitr and lasts 29 or 30 days.
    expect(ramadan.end).toBe('2026-03-19');
    expect(daysBetween(ramadan.start, ramadan.end) + 1).toBeGreaterThanOrEqual(29);
  });

  it('knows 2025 and 2027', () => {
    near('ramadan', 2025, '2025-03-01');
    near('eidAlFitr', 2025, '2025-03-30');
    near('eidAlAdha', 2025, '2025-06-06');
    near('ramadan', 2027, '2027-02-08');
    near('eidAlAdha', 2027, '2027-05-16');
  });

  it('finds each once a year, Ramadan before Eid al-Fitr', () => {
    for (const year of [2025, 2026, 2027, 2028]) {
      expect(one('eidAlFitr', year).start > one('ramadan', year).end).toBe(true);
      one('eidAlAdha', year);
    }
  });
});

describe('Christian days', () => {
  it('computes Easter by the Gregorian algorithm', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('derives Good Friday, Easter Monday, Ascension and Pentecost', () => {
    expect(one('goodFriday', 2026)).toMatchObject({ start: '2026-04-03', approximate: false });
    expect(one('easter', 2026)).toMatchObject({ start: '2026-04-05', end: '2026-04-06' });
    expect(one('ascension', 2026).start).toBe('2026-05-14');
    expect(one('pentecost', 2026)).toMatchObject({ start: '2026-05-24', end: '2026-05-25' });
    expect(one('easter', 2027).start).toBe('2027-03-28');
    expect(one('christmas', 2026)).toMatchObject({ start: '2026-12-25', end: '2026-12-26' });
  });
});

describe('Jewish, Chinese and Surinamese days', () => {
  it('knows Rosh Hashanah (two days) and Yom Kippur', () => {
    expect(one('roshHashanah', 2026)).toMatchObject({ start: '2026-09-12', end: '2026-09-13', approximate: false });
    expect(one('yomKippur', 2026)).toMatchObject({ start: '2026-09-21', approximate: false });
    expect(one('roshHashanah', 2025).start).toBe('2025-09-23');
    expect(one('yomKippur', 2025).start).toBe('2025-10-02');
    expect(one('roshHashanah', 2027).start).toBe('2027-10-02');
  });

  it('knows Chinese New Year', () => {
    expect(one('chineseNewYear', 2025).start).toBe('2025-01-29');
    expect(one('chineseNewYear', 2026).start).toBe('2026-02-17');
    // ICU says 7 February; the official date is the 6th.
    expect(one('chineseNewYear', 2027)).toMatchObject({ start: '2027-02-06', approximate: false });
    expect(one('chineseNewYear', 2028).start).toBe('2028-01-26');
  });

  it('has Keti Koti on 1 July', () => {
    expect(one('ketiKoti', 2026)).toMatchObject({ start: '2026-07-01', end: '2026-07-01' });
  });

  it('returns only events starting in the range, sorted', () => {
    const only2026 = holidaysBetween(2026, 2026);
    expect(only2026.every((e) => e.start.startsWith('2026'))).toBe(true);
    expect(only2026.map((e) => e.start)).toEqual([...only2026.map((e) => e.start)].sort());
    expect(new Set(only2026.map((e) => e.key)).size).toBe(12);
  });
});
