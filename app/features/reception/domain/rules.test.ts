import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PARTICIPANT_STATUSES } from '#app/db/schema';
import {
  consentForMinutes,
  type DeskParticipant,
  isMeetingDay,
  presentWithoutMinutesAnswer,
  presentWithoutMinutesConsent,
  receptionCounts,
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
  it('knows the meeting day and the status after a check-in or its undo', () => {
    expect(isMeetingDay('2025-03-01', '2025-03-01')).toBe(true);
    expect(isMeetingDay('2025-03-01', '2025-03-02')).toBe(false);
    expect(isMeetingDay(null, '2025-03-02')).toBe(false);
    expect(statusAfterCheckIn('confirmed', true)).toBe('attended');
    expect(statusAfterCheckIn('registered', true)).toBe('attended');
    expect(statusAfterCheckIn('attended', false)).toBe('confirmed');
    expect(statusAfterCheckIn('registered', false)).toBe('registered');
  });
});
