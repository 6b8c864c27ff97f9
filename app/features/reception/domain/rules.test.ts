import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_STATUSES } from '#app/db/schema';
import {
  consentForMinutes,
  type DeskParticipant,
  presentWithoutMinutesAnswer,
  presentWithoutMinutesConsent,
  receptionCounts,
  selfCheckInWindow,
  statusAfterCheckIn,
  withListener,
} from './rules';

const person = (id: string, over: Partial<DeskParticipant> = {}): DeskParticipant => ({
  participantId: id,
  pseudonym: `Ouder ${id}`,
  status: 'confirmed',
  checkedInAt: null,
  minutes: null,
  photos: null,
  ...over,
});

describe('consent for the minutes', () => {
  it('counts only an explicit yes', () => {
    const set = consentForMinutes([
      { participantId: 'a', minutes: true },
      { participantId: 'b', minutes: false },
      { participantId: 'c', minutes: null },
    ]);
    expect([...set]).toEqual(['a']);
  });

  it('never includes someone who said no or did not answer', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            participantId: fc.uuid(),
            minutes: fc.constantFrom(true, false, null),
          }),
        ),
        (consents) => {
          const set = consentForMinutes(consents);
          for (const c of consents)
            if (set.has(c.participantId)) expect(consents.some((o) => o.participantId === c.participantId && o.minutes === true)).toBe(true);
          expect(set.size).toBeLessThanOrEqual(consents.length);
        },
      ),
    );
  });

  it('warns about present people without an answer, and lists those who said no', () => {
    const rows = [
      person('A', { checkedInAt: new Date(), minutes: null }),
      person('B', { checkedInAt: new Date(), minutes: true }),
      person('C', { checkedInAt: null, minutes: null }),
      person('D', { status: 'attended', minutes: false }),
    ];
    expect(presentWithoutMinutesAnswer(rows).map((p) => p.participantId)).toEqual(['A']);
    expect(presentWithoutMinutesConsent(rows).map((p) => p.participantId)).toEqual(['D']);
  });
});

describe('counts at the desk', () => {
  it('counts present against expected, consent, and listeners against their yes', () => {
    const counts = receptionCounts(
      [
        person('A', { checkedInAt: '2025-01-01T13:05:00Z', minutes: true }),
        person('B', { status: 'attended' }),
        person('C', { status: 'registered', minutes: false }),
        person('D', { status: 'cancelled', checkedInAt: null, minutes: true }),
      ],
      [
        { id: 'l1', rsvpMirror: 'yes' },
        { id: 'l2', rsvpMirror: 'maybe' },
        { id: 'l3', rsvpMirror: 'yes' },
      ],
      ['l2', 'gone', 'l2'],
    );
    expect(counts).toEqual({
      present: 2,
      expected: 3,
      minutesConsent: 1,
      listenersPresent: 1,
      listenersExpected: 2,
    });
  });

  it('never counts more present than expected', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            status: fc.constantFrom(...PARTICIPANT_STATUSES),
            here: fc.boolean(),
            minutes: fc.constantFrom(true, false, null),
          }),
        ),
        (rows) => {
          const counts = receptionCounts(
            rows.map((r, i) =>
              person(String(i), {
                status: r.status,
                checkedInAt: r.here ? new Date() : null,
                minutes: r.minutes,
              }),
            ),
            [],
            [],
          );
          expect(counts.present).toBeLessThanOrEqual(counts.expected);
          expect(counts.minutesConsent).toBeLessThanOrEqual(counts.expected);
        },
      ),
    );
  });
});

describe('listener check-in list', () => {
  it('adds once and removes on undo', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd')), fc.constantFrom('a', 'b', 'e'), fc.boolean(), (list, id, here) => {
        const after = withListener(list, id, here);
        expect(after.filter((x) => x === id).length).toBe(here ? 1 : 0);
        expect(after.filter((x) => x !== id)).toEqual(list.filter((x) => x !== id));
        expect(withListener(after, id, here)).toEqual(after);
      }),
    );
  });
});

describe('small rules', () => {
  it('knows the status after a check-in or its undo', () => {
    expect(statusAfterCheckIn('confirmed', true)).toBe('attended');
    expect(statusAfterCheckIn('registered', true)).toBe('attended');
    expect(statusAfterCheckIn('attended', false)).toBe('confirmed');
    expect(statusAfterCheckIn('registered', false)).toBe('registered');
  });
});

const HOUR = 3600_000;
const stateAt = (day: string, ms: number) => selfCheckInWindow(day, new Date(ms)).state;
/** The first instant (to the millisecond) in [lo, hi] where the state is no longer `before`. */
function firstAfter(day: string, before: string, lo: number, hi: number): number {
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (stateAt(day, mid) === before) lo = mid;
    else hi = mid;
  }
  return hi;
}
/** The open window of a meeting day, found from the rule itself. */
function windowOf(day: string) {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  // Amsterdam is UTC+1 or +2: local midnight lies between 22:00 and 23:00 UTC the evening before.
  const opens = firstAfter(day, 'not-yet', utcMidnight - 3 * HOUR, utcMidnight);
  const closes = firstAfter(day, 'open', utcMidnight + 21 * HOUR, utcMidnight + 24 * HOUR);
  return { opens, closes };
}
const wallClock = (ms: number) =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(ms);
/** The last Sunday of a month (1-based) in a year, as YYYY-MM-DD. */
const lastSunday = (year: number, month: number) => {
  const last = new Date(Date.UTC(year, month, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
};
const anyDay = fc
  .integer({ min: Date.UTC(2020, 0, 1) / (24 * HOUR), max: Date.UTC(2040, 0, 1) / (24 * HOUR) })
  .map((n) => new Date(n * 24 * HOUR).toISOString().slice(0, 10));

describe("a listener's own check-in opens on the meeting's day", () => {
  it('is open the whole Amsterdam day of the meeting, not the evening before nor the night after', () => {
    // Winter time (UTC+1): the day runs from 23:00 UTC the evening before.
    expect(stateAt('2026-12-10', Date.parse('2026-12-09T22:59:59.999Z'))).toBe('not-yet');
    expect(stateAt('2026-12-10', Date.parse('2026-12-09T23:00:00Z'))).toBe('open');
    expect(stateAt('2026-12-10', Date.parse('2026-12-10T22:59:59.999Z'))).toBe('open');
    expect(stateAt('2026-12-10', Date.parse('2026-12-10T23:00:00Z'))).toBe('over');
    // Summer time (UTC+2).
    expect(stateAt('2026-06-10', Date.parse('2026-06-09T21:59:59.999Z'))).toBe('not-yet');
    expect(stateAt('2026-06-10', Date.parse('2026-06-09T22:00:00Z'))).toBe('open');
    expect(stateAt('2026-06-10', Date.parse('2026-06-10T21:59:59.999Z'))).toBe('open');
    expect(stateAt('2026-06-10', Date.parse('2026-06-10T22:00:00Z'))).toBe('over');
  });

  it('says when it opens, when the meeting was, and stays closed without a date', () => {
    const weeksBefore = new Date('2026-11-12T10:00:00Z');
    expect(selfCheckInWindow('2026-12-10', weeksBefore)).toEqual({ state: 'not-yet', opensOn: '2026-12-10' });
    expect(selfCheckInWindow('2026-11-01', weeksBefore)).toEqual({ state: 'over', meetingOn: '2026-11-01' });
    expect(selfCheckInWindow(null, weeksBefore)).toEqual({ state: 'no-date' });
    expect(selfCheckInWindow('', weeksBefore)).toEqual({ state: 'no-date' });
  });

  it('lasts 23 hours on the day the clocks go forward and 25 on the day they go back', () => {
    const hours = (day: string) => {
      const { opens, closes } = windowOf(day);
      return (closes - opens) / HOUR;
    };
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-03-28')).toBe(24);
    expect(hours('2026-10-26')).toBe(24);
  });

  it('for any day: opens at 00:00 and closes at 24:00 Amsterdam time, 23 or 25 hours only when the clocks change', () => {
    fc.assert(
      fc.property(anyDay, (day) => {
        const { opens, closes } = windowOf(day);
        expect(wallClock(opens)).toMatch(new RegExp(`^${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}, 00:00:00$`));
        expect(wallClock(closes)).toMatch(/, 00:00:00$/);
        expect(wallClock(closes - 1)).toMatch(new RegExp(`^${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}, 23:59:59$`));
        const year = Number(day.slice(0, 4));
        const expected = day === lastSunday(year, 3) ? 23 : day === lastSunday(year, 10) ? 25 : 24;
        expect((closes - opens) / HOUR).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('for any day and moment: closed before, open during, over after; never back', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40 * 24 * HOUR, max: 40 * 24 * HOUR }), fc.nat(10 * 24 * HOUR), (day, offset, later) => {
        const { opens, closes } = windowOf(day);
        const at = Date.parse(`${day}T12:00:00Z`) + offset;
        const expected = at < opens ? 'not-yet' : at < closes ? 'open' : 'over';
        expect(stateAt(day, at)).toBe(expected);
        const rank = { 'not-yet': 0, open: 1, over: 2, 'no-date': -1 } as const;
        expect(rank[stateAt(day, at + later)]).toBeGreaterThanOrEqual(rank[stateAt(day, at)]);
      }),
      { numRuns: 200 },
    );
  });
});
