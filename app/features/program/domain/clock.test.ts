import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clockTimes, formatTime, parseTime } from './clock';

describe('clockTimes', () => {
  it('runs the blocks one after another from the start time', () => {
    const times = clockTimes('14:00', [{ minutes: 45 }, { minutes: 30 }, { minutes: 90 }])!;
    expect(times.blocks.map((b) => `${b.start}-${b.end}`)).toEqual(['14:00-14:45', '14:45-15:15', '15:15-16:45']);
    expect(times).toMatchObject({
      total: 165,
      start: '14:00',
      end: '16:45',
      endsNextDay: false,
    });
  });

  it('handles crossing midnight', () => {
    const times = clockTimes('23:30', [{ minutes: 20 }, { minutes: 20 }])!;
    expect(times.blocks.map((b) => `${b.start}-${b.end}`)).toEqual(['23:30-23:50', '23:50-00:10']);
    expect(times).toMatchObject({ total: 40, end: '00:10', endsNextDay: true });
  });

  it('gives nothing without a valid start time, and an empty program ends where it starts', () => {
    for (const bad of ['', '9:00', '24:00', '12:60', 'twee uur']) expect(clockTimes(bad, [{ minutes: 5 }])).toBeNull();
    expect(clockTimes('09:05', [])).toEqual({
      blocks: [],
      total: 0,
      start: '09:05',
      end: '09:05',
      endsNextDay: false,
    });
  });

  it('chains every block to the next and sums the minutes (property)', () => {
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    fc.assert(
      fc.property(
        time,
        fc.array(fc.record({ minutes: fc.integer({ min: 0, max: 600 }) }), {
          maxLength: 20,
        }),
        (start, blocks) => {
          const times = clockTimes(start, blocks)!;
          expect(times.start).toBe(start);
          for (let i = 1; i < times.blocks.length; i++) {
            expect(times.blocks[i]!.start).toBe(times.blocks[i - 1]!.end);
            expect(times.blocks[i]!.startMinute).toBe(times.blocks[i - 1]!.endMinute);
          }
          const total = blocks.reduce((s, b) => s + b.minutes, 0);
          expect(times.total).toBe(total);
          expect(times.end).toBe(formatTime(parseTime(start)! + total));
          expect(times.endsNextDay).toBe(parseTime(start)! + total >= 24 * 60);
          if (times.blocks.length > 0) expect(times.blocks.at(-1)!.end).toBe(times.end);
        },
      ),
    );
  });

  it('formats and parses times as each other’s inverse', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 24 * 60 - 1 }), (m) => {
        expect(parseTime(formatTime(m))).toBe(m);
      }),
    );
  });
});
