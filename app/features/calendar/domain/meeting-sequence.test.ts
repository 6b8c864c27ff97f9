import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarChange, nextSequence, placeOf, type MeetingSlot } from './meeting-sequence';

const slot = (date: string | null, startTime = '19:00', place = 'Buurthuis'): MeetingSlot => ({ date, startTime, place });

describe('calendarChange and nextSequence', () => {
  it('a new date, time or place is an update and raises SEQUENCE by one', () => {
    const before = slot('2026-03-10');
    for (const after of [slot('2026-03-11'), slot('2026-03-10', '20:00'), slot('2026-03-10', '19:00', 'Bibliotheek')]) {
      expect(calendarChange(before, after)).toBe('update');
      expect(nextSequence(3, before, after)).toBe(4);
    }
  });

  it('taking the date away cancels; nothing changed, or no entry before, sends nothing', () => {
    expect(calendarChange(slot('2026-03-10'), slot(null))).toBe('cancel');
    expect(nextSequence(0, slot('2026-03-10'), slot(null))).toBe(1);
    expect(calendarChange(slot('2026-03-10'), slot('2026-03-10', '19:00', ' Buurthuis '))).toBe('none');
    expect(calendarChange(null, slot('2026-03-10'))).toBe('none');
    expect(calendarChange(slot(null), slot(null, '20:00'))).toBe('none');
  });

  it('a date again after a cancellation is an update (who held the cancelled entry gets it back)', () => {
    expect(calendarChange(slot(null), slot('2026-04-01'))).toBe('update');
  });

  it('SEQUENCE never goes down, and changes exactly when the entry does', () => {
    const arb = fc.record({
      date: fc.option(fc.constantFrom('2026-01-01', '2026-01-02')),
      startTime: fc.constantFrom('', '19:00'),
      place: fc.constantFrom('', 'A'),
    });
    fc.assert(
      fc.property(fc.nat(), arb, arb, (n, a, b) => {
        const next = nextSequence(n, a, b);
        expect(next === n || next === n + 1).toBe(true);
        expect(next === n).toBe(calendarChange(a, b) === 'none');
      }),
    );
  });

  it('writes the place as name and address', () => {
    expect(placeOf(' Buurthuis ', 'Dorpsstraat 1')).toBe('Buurthuis, Dorpsstraat 1');
    expect(placeOf('', '')).toBe('');
  });
});
