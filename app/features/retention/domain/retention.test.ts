import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber } from '#app/features/calendar/domain/days';
import { DEFAULT_RETENTION, addMonths, extensionsFrom, isDue, lastStepDay, retentionPlan } from './retention';

const dayArb = fc.integer({ min: 19_000, max: 22_000 }).map(fromDayNumber);
const monthsArb = fc.integer({ min: 1, max: 120 });
const settingsArb = fc.record({ participants: monthsArb, listeners: monthsArb, pledges: monthsArb });

describe('retention', () => {
  it('the last step is the latest known day; none without days', () => {
    expect(lastStepDay(['2026-03-10', null, '2026-06-01', '2026-04-02'])).toBe('2026-06-01');
    expect(lastStepDay([null, undefined])).toBeNull();
  });

  it('adds calendar months, keeping the end of a month inside the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-06-15', 12)).toBe('2027-06-15');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
  });

  it('defaults: contact data and listeners 12 months, pledge addresses 6', () => {
    const plan = retentionPlan('2026-06-01', DEFAULT_RETENTION);
    expect(plan).toEqual([
      { kind: 'participants', dueOn: '2027-06-01', extended: false },
      { kind: 'listeners', dueOn: '2027-06-01', extended: false },
      { kind: 'pledges', dueOn: '2026-12-01', extended: false },
    ]);
  });

  it('nothing is due before its day and everything from its day on; nothing without a last step', () => {
    fc.assert(
      fc.property(dayArb, settingsArb, fc.integer({ min: -800, max: 4000 }), (last, settings, offset) => {
        const today = addDays(last, offset);
        for (const plan of retentionPlan(last, settings)) {
          const due = addMonths(last, settings[plan.kind]);
          expect(plan.dueOn! > last).toBe(true);
          expect(isDue(plan, today)).toBe(today >= due);
        }
        for (const plan of retentionPlan(null, settings)) expect(isDue(plan, today)).toBe(false);
      }),
    );
  });

  it('an extension only ever moves the day later, and the latest extension counts', () => {
    fc.assert(
      fc.property(dayArb, settingsArb, dayArb, dayArb, (last, settings, first, second) => {
        const extensions = extensionsFrom([
          { kind: 'participants', keepUntil: first },
          { kind: 'participants', keepUntil: second },
        ]);
        expect(extensions.participants).toBe(second);
        const [plan] = retentionPlan(last, settings, extensions);
        const regular = addMonths(last, settings.participants);
        expect(plan!.dueOn).toBe(second > regular ? second : regular);
        expect(plan!.extended).toBe(second > regular);
      }),
    );
  });
});
