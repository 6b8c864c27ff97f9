import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONSENT_KINDS } from '#app/db/schema';
import { type ConsentEvent, consentChange, consentState } from './state';

const at = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

const eventArb = fc.record({
  kind: fc.constantFrom(...CONSENT_KINDS),
  decision: fc.constantFrom('granted' as const, 'withdrawn' as const),
  at: fc.integer({ min: 0, max: 50 }).map(at),
});

describe('consentState', () => {
  it('is null for every kind never asked', () => {
    expect(consentState([])).toEqual({ signup: null, minutes: null, photos: null, stay_involved: null });
  });

  it('a withdrawal after a grant withdraws; a new grant after it grants again', () => {
    const granted: ConsentEvent = { kind: 'minutes', decision: 'granted', at: at(1) };
    const withdrawn: ConsentEvent = { kind: 'minutes', decision: 'withdrawn', at: at(2) };
    expect(consentState([granted, withdrawn]).minutes).toBe(false);
    expect(consentState([withdrawn, granted]).minutes).toBe(false);
    expect(consentState([granted, withdrawn, { ...granted, at: at(3) }]).minutes).toBe(true);
    expect(consentState([granted, withdrawn]).photos).toBeNull();
  });

  it('the latest event per kind wins, whatever order the log comes in', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 30 }), (events) => {
        const state = consentState(events);
        const reversed = consentState([...events].reverse());
        expect(reversed).toEqual(state);
        for (const kind of CONSENT_KINDS) {
          const mine = events.filter((e) => e.kind === kind);
          if (mine.length === 0) {
            expect(state[kind]).toBeNull();
            continue;
          }
          const last = Math.max(...mine.map((e) => e.at.getTime()));
          const atLast = mine.filter((e) => e.at.getTime() === last);
          // A tie counts as withdrawn: a doubt is never consent.
          expect(state[kind]).toBe(atLast.every((e) => e.decision === 'granted'));
        }
      }),
    );
  });

  it('recording the change consentChange asks for leads to the answer', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 10 }), fc.constantFrom(...CONSENT_KINDS), fc.boolean(), (events, kind, answer) => {
        const change = consentChange(consentState(events)[kind], answer);
        const after = change ? [...events, { kind, decision: change, at: at(60) }] : events;
        expect(consentState(after)[kind]).toBe(answer);
      }),
    );
  });
});
