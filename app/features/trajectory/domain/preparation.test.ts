import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTranslator } from '#app/i18n/i18n';
import { STEP_STATES } from './step-overview';
import { EMPTY_PREPARATION, type PreparationFacts, preparationParts, preparationState, signedUpCount } from './preparation';

const targets = { participantMin: 5, participantMax: 8, mirrorListeners: 35 };
const stateOf = (facts: Partial<PreparationFacts>, part: string) =>
  preparationParts({ ...EMPTY_PREPARATION, ...facts }, targets).find((p) => p.part === part)!.state;

/** Any counts of the seven parts. */
const status = fc.nat(10);
const anyFacts = fc.record({
  participants: fc.record({ approached: status, interested: status, registered: status, confirmed: status, attended: status, cancelled: status }),
  flyerLanguages: fc.nat(3),
  listeners: fc.record({ total: fc.nat(50), invited: fc.nat(50), yesMirror: fc.nat(50), yesFollowUp: fc.nat(30) }),
  runSheet: fc.record({ open: fc.nat(10), done: fc.nat(10) }),
  programs: fc.subarray(['mirror', 'follow_up'] as const),
  questions: fc.record({ submitted: fc.nat(5), chosen: fc.nat(5), missingDomains: fc.subarray(['medical', 'social']) }),
});

const allMirrorItems = { microphone: true, childcare: true, familiarPlace: true, food: true, introRoom: true, halfCircles: true, accessible: true };

describe('step 5 parts', () => {
  it('starts with every part not started', () => {
    const parts = preparationParts(EMPTY_PREPARATION, targets);
    expect(parts.map((p) => p.part)).toEqual(['dates', 'program', 'location', 'participants', 'materials', 'listeners', 'questions']);
    expect(preparationState(parts)).toBe('notStarted');
  });

  it('dates: done with three dates and no warnings', () => {
    const m = (kind: 'mirror' | 'follow_up' | 'feedback', date: string) => ({ kind, date, startTime: '', venueName: '', checklist: null });
    expect(stateOf({ meetings: [m('mirror', '2027-03-02')] }, 'dates')).toBe('inProgress');
    expect(stateOf({ meetings: [m('mirror', '2027-03-02'), m('follow_up', '2027-03-16'), m('feedback', '2027-04-01')] }, 'dates')).toBe('done');
    // Follow-up 28 days later: a warning keeps the part in progress.
    expect(stateOf({ meetings: [m('mirror', '2027-03-02'), m('follow_up', '2027-03-30'), m('feedback', '2027-04-10')] }, 'dates')).toBe('inProgress');
  });

  it('location: done when the mirror meeting has a place and every checklist item', () => {
    const mirror = { kind: 'mirror' as const, date: null, startTime: '', venueName: 'Buurthuis De Schans', checklist: allMirrorItems };
    const followUp = { kind: 'follow_up' as const, date: null, startTime: '', venueName: '', checklist: { food: true, halfCircles: true, accessible: true } };
    expect(stateOf({ meetings: [{ ...mirror, checklist: { food: true } }] }, 'location')).toBe('inProgress');
    expect(stateOf({ meetings: [mirror, followUp] }, 'location')).toBe('done');
  });

  it('participants: done at the minimum of registered, confirmed or attended', () => {
    const counts = { ...EMPTY_PREPARATION.participants, interested: 9 };
    expect(stateOf({ participants: counts }, 'participants')).toBe('inProgress');
    expect(stateOf({ participants: { ...counts, registered: 2, confirmed: 2, attended: 1 } }, 'participants')).toBe('done');
    expect(signedUpCount({ ...counts, registered: 2, confirmed: 2, attended: 1, cancelled: 4 })).toBe(5);
  });

  it('questions: done with a chosen question and both medical and social covered', () => {
    expect(stateOf({ questions: { submitted: 3, chosen: 2, missingDomains: ['social'] } }, 'questions')).toBe('inProgress');
    expect(stateOf({ questions: { submitted: 3, chosen: 2, missingDomains: [] } }, 'questions')).toBe('done');
  });

  it('names what is really still open in a part (issue 14, item 7)', () => {
    const t = createTranslator('nl');
    const part = (facts: Partial<PreparationFacts>, name: string) =>
      preparationParts({ ...EMPTY_PREPARATION, ...facts }, targets).find((p) => p.part === name)!;
    const say = (p: ReturnType<typeof part>) => t(p.next, p.values);
    expect(say(part({ runSheet: { open: 1, done: 2 }, programs: ['mirror', 'follow_up'] }, 'program'))).toBe('Nog 1 taak in het draaiboek niet klaar.');
    expect(say(part({ participants: { ...EMPTY_PREPARATION.participants, registered: 3 } }, 'participants'))).toBe(
      'Werf nog 2 ouders: nu 3 aangemeld, minstens 5 nodig.',
    );
    expect(say(part({ listeners: { total: 40, invited: 40, yesMirror: 34, yesFollowUp: 0 } }, 'listeners'))).toContain('Nog 1 toehoorder nodig');
    expect(say(part({ questions: { submitted: 4, chosen: 0, missingDomains: [] } }, 'questions'))).toBe('Kies de vragen voor het gesprek.');
    const mirror = { kind: 'mirror' as const, date: null, startTime: '', venueName: 'Buurthuis', checklist: { food: true } };
    expect(say(part({ meetings: [mirror] }, 'location'))).toMatch(/^Nog \d+ punten van de checklist voor de spiegelbijeenkomst/);
  });

  it('never asks for zero of something in an open part', () => {
    const t = createTranslator('nl');
    fc.assert(
      fc.property(anyFacts, (partial) => {
        for (const p of preparationParts({ ...EMPTY_PREPARATION, ...partial }, targets).filter((p) => p.state !== 'done')) {
          const text = t(p.next, p.values);
          expect(text).not.toMatch(/\b(nog|Nog) 0 |\{/);
          expect(text).not.toBe(p.next);
        }
      }),
    );
  });

  it('is done as a whole only when every part is done, and never leaves the three states', () => {
    fc.assert(
      fc.property(anyFacts, (partial) => {
        const parts = preparationParts({ ...EMPTY_PREPARATION, ...partial }, targets);
        for (const p of parts) expect(STEP_STATES).toContain(p.state);
        const whole = preparationState(parts);
        expect(whole === 'done').toBe(parts.every((p) => p.state === 'done'));
        if (parts.some((p) => p.state !== 'notStarted')) expect(whole).not.toBe('notStarted');
      }),
    );
  });
});
