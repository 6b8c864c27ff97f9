import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { STEP_STATES, type StepState } from '#app/features/trajectory/domain/step-overview';
import { actionCounts, barPercent, currentStep, daysBetween, feedbackIntervals, isOverdue, median, trajectoriesPerStep } from './dashboard';
import { ACTION_STATUSES } from './library';

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([])).toBeNull();
    expect(median([7])).toBe(7);
    expect(median([30, 10, 20])).toBe(20);
    expect(median([14, 21, 10, 28])).toBe(17.5);
  });

  it('has as many values at or below it as at or above it, and does not depend on the order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 41 }), (values) => {
        const m = median(values)!;
        expect(values.filter((v) => v <= m).length).toBeGreaterThanOrEqual(values.length / 2);
        expect(values.filter((v) => v >= m).length).toBeGreaterThanOrEqual(values.length / 2);
        expect(median([...values].reverse())).toBe(m);
        expect(m).toBeGreaterThanOrEqual(Math.min(...values));
        expect(m).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });
});

describe('days between two dates', () => {
  it('counts calendar days, across the change to summer time and a leap day', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-05-10', '2025-05-01')).toBe(-9);
  });

  it('agrees with adding days to a date', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2000-01-01'), max: new Date('2060-01-01'), noInvalidDate: true }), fc.integer({ min: -800, max: 800 }), (d, n) => {
        const from = d.toISOString().slice(0, 10);
        const to = new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        expect(daysBetween(from, to)).toBe(n);
      }),
    );
  });
});

describe('time from the mirror meeting to the feedback', () => {
  it('counts only trajectories where both were held, and leaves out a feedback date before the mirror meeting', () => {
    const today = '2025-06-01';
    expect(
      feedbackIntervals(
        [
          { mirror: '2025-03-01', feedback: '2025-03-22' },
          { mirror: '2025-04-01', feedback: '2025-06-01' },
          { mirror: '2025-05-01', feedback: '2025-06-15' },
          { mirror: '2025-05-01', feedback: null },
          { mirror: null, feedback: '2025-05-01' },
          { mirror: '2025-05-10', feedback: '2025-05-01' },
        ],
        today,
      ),
    ).toEqual([21, 61]);
  });
});

describe('trajectories per step', () => {
  it('puts a trajectory at its first step that is not done', () => {
    expect(currentStep(['done', 'done', 'inProgress', 'notStarted', 'notStarted', 'notStarted', 'notStarted', 'notStarted'])).toBe(3);
    expect(currentStep(['notStarted', 'done', 'done', 'done', 'done', 'done', 'done', 'done'])).toBe(1);
    expect(currentStep(Array<StepState>(8).fill('done'))).toBeNull();
  });

  it('counts every trajectory once: at one step, or with all steps done', () => {
    const states = fc.array(fc.constantFrom(...STEP_STATES), { minLength: 8, maxLength: 8 });
    fc.assert(
      fc.property(
        fc.array(
          states.map((steps) => ({ steps })),
          { maxLength: 20 },
        ),
        (list) => {
          const counts = trajectoriesPerStep(list);
          expect(counts.perStep.map((s) => s.step)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
          expect(counts.perStep.reduce((sum, s) => sum + s.count, 0) + counts.finished).toBe(list.length);
          expect(counts.total).toBe(list.length);
          expect(counts.finished).toBe(list.filter((t) => t.steps.every((s) => s === 'done')).length);
        },
      ),
    );
  });
});

describe('actions by status', () => {
  it('counts open actions past their date as overdue; done and stopped ones never are', () => {
    const today = '2025-06-01';
    expect(isOverdue({ status: 'running', dueOn: '2025-05-31' }, today)).toBe(true);
    expect(isOverdue({ status: 'running', dueOn: today }, today)).toBe(false);
    expect(isOverdue({ status: 'done', dueOn: '2025-01-01' }, today)).toBe(false);
    expect(isOverdue({ status: 'idea', dueOn: null }, today)).toBe(false);
  });

  it('counts each action under its status', () => {
    const action = fc.record({ status: fc.constantFrom(...ACTION_STATUSES), dueOn: fc.option(fc.constantFrom('2025-01-01', '2025-12-31'), { nil: null }) });
    fc.assert(
      fc.property(fc.array(action, { maxLength: 40 }), (list) => {
        const counts = actionCounts(list, '2025-06-01');
        expect(counts.byStatus.map((s) => s.status)).toEqual([...ACTION_STATUSES]);
        expect(counts.byStatus.reduce((sum, s) => sum + s.count, 0)).toBe(list.length);
        expect(counts.overdue).toBe(list.filter((a) => ['idea', 'planned', 'running'].includes(a.status) && a.dueOn === '2025-01-01').length);
      }),
    );
  });

  it('draws bars relative to the largest figure', () => {
    expect(barPercent(0, 0)).toBe(0);
    expect(barPercent(5, 10)).toBe(50);
    expect(barPercent(10, 10)).toBe(100);
  });
});
