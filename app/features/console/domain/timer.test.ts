import { describe, expect, it } from 'vitest';
import { elapsedMinutes, programPosition, timerLevel } from './timer';

describe('the conversation timer', () => {
  it('warns at 75 and at 90 minutes', () => {
    expect([0, 74, 75, 89, 90, 130].map(timerLevel)).toEqual(['none', 'none', 'soon', 'soon', 'over', 'over']);
  });

  it('counts whole minutes from the start and stops at the end', () => {
    const startedAt = '2025-03-01T19:00:00.000Z';
    expect(elapsedMinutes({ startedAt: null, endedAt: null }, new Date())).toBe(0);
    expect(elapsedMinutes({ startedAt, endedAt: null }, new Date('2025-03-01T20:14:59Z'))).toBe(74);
    expect(elapsedMinutes({ startedAt, endedAt: null }, new Date('2025-03-01T20:15:00Z'))).toBe(75);
    expect(elapsedMinutes({ startedAt, endedAt: '2025-03-01T20:20:00Z' }, new Date('2025-03-01T23:00:00Z'))).toBe(80);
  });

  it('finds the program block from the block named like the conversation', () => {
    const blocks = [
      { title: 'Ontvangst', minutes: 45 },
      { title: 'Het spiegelgesprek', minutes: 90 },
      { title: 'Eerste reacties', minutes: 15 },
    ];
    expect(programPosition(blocks, 10)).toEqual({
      title: 'Het spiegelgesprek',
      minutesLeft: 80,
      nextTitle: 'Eerste reacties',
    });
    expect(programPosition(blocks, 95)).toEqual({
      title: 'Eerste reacties',
      minutesLeft: 10,
      nextTitle: null,
    });
    expect(programPosition(blocks, 200)).toEqual({
      title: null,
      minutesLeft: 0,
      nextTitle: null,
    });
    expect(programPosition([{ title: 'Welkom', minutes: 10 }], 5)).toBeNull();
  });
});
