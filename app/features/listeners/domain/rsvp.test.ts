import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invitedCount, rsvpCounts, rsvpOf } from './rsvp';
import { listenersSummary } from './summary';

const answer = fc.constantFrom('', 'yes', 'no', 'maybe');
const listener = fc.record({ invitedAt: fc.option(fc.date({ noInvalidDate: true }), { nil: null }), rsvpMirror: answer, rsvpFollowUp: answer });

describe('rsvpCounts', () => {
  it('counts answers per meeting', () => {
    const list = [
      { invitedAt: new Date(), rsvpMirror: 'yes', rsvpFollowUp: 'no' },
      { invitedAt: new Date(), rsvpMirror: 'yes', rsvpFollowUp: '' },
      { invitedAt: null, rsvpMirror: '', rsvpFollowUp: 'maybe' },
    ];
    expect(rsvpCounts(list, 'mirror')).toEqual({ yes: 2, no: 0, maybe: 0, unknown: 1 });
    expect(rsvpCounts(list, 'follow_up')).toEqual({ yes: 0, no: 1, maybe: 1, unknown: 1 });
    expect(invitedCount(list)).toBe(2);
  });

  it('treats a stray value as no answer', () => {
    expect(rsvpOf({ invitedAt: null, rsvpMirror: 'perhaps', rsvpFollowUp: '' }, 'mirror')).toBe('');
  });

  it('puts every listener in exactly one bucket (property)', () => {
    fc.assert(
      fc.property(fc.array(listener, { maxLength: 60 }), fc.constantFrom('mirror' as const, 'follow_up' as const), (list, meeting) => {
        const c = rsvpCounts(list, meeting);
        expect(c.yes + c.no + c.maybe + c.unknown).toBe(list.length);
      }),
    );
  });
});

describe('listenersSummary', () => {
  it('gives the numbers for the hub', () => {
    const list = [
      { invitedAt: '2026-01-05T10:00:00Z', rsvpMirror: 'yes', rsvpFollowUp: 'yes' },
      { invitedAt: null, rsvpMirror: 'maybe', rsvpFollowUp: '' },
    ];
    expect(listenersSummary(list, { mirrorListenerTarget: 35, followUpListenerTarget: 20 })).toEqual({
      invited: 1,
      yesMirror: 1,
      yesFollowUp: 1,
      targetMirror: 35,
      targetFollowUp: 20,
    });
  });

  it('never counts more yes or invited than there are listeners (property)', () => {
    fc.assert(
      fc.property(fc.array(listener, { maxLength: 60 }), (list) => {
        const s = listenersSummary(list, { mirrorListenerTarget: 35, followUpListenerTarget: 20 });
        expect(s.invited).toBeLessThanOrEqual(list.length);
        expect(s.yesMirror).toBeLessThanOrEqual(list.length);
        expect(s.yesFollowUp).toBeLessThanOrEqual(list.length);
      }),
    );
  });
});
