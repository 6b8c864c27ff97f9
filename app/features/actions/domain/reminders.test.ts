import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '#app/features/calendar/domain/days';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { nextSweepAt, REMINDER_RULES, type RemindableAction, reminderReason } from './reminders';
import { ACTION_STATUSES, isOverdue, stopReasonFor } from './statuses';

const DAY = 86_400_000;
const daysAfter = (moment: Date, days: number) => new Date(moment.getTime() + days * DAY);

// Moments between 2020 and 2035, so summer and winter time both occur.
const moment = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2035-12-31T00:00:00Z'), noInvalidDate: true });
const openStatus = fc.constantFrom('idea' as const, 'planned' as const, 'running' as const);
/** An action as the sweep sees it at `now`: everything happened before now. */
const actionAt = (now: Date) =>
  fc.record({
    status: fc.constantFrom(...ACTION_STATUSES),
    dueOn: fc.option(
      fc.integer({ min: -60, max: 60 }).map((d) => addDays(todayInAmsterdam(now), d)),
      { nil: null },
    ),
    createdAt: fc.integer({ min: 0, max: 400 }).map((d) => daysAfter(now, -d)),
    lastUpdateAt: fc.option(
      fc.double({ min: 0, max: 200, noNaN: true }).map((d) => daysAfter(now, -d)),
      { nil: null },
    ),
    lastReminderAt: fc.option(
      fc.double({ min: 0, max: 200, noNaN: true }).map((d) => daysAfter(now, -d)),
      { nil: null },
    ),
  });
const withAction = moment.chain((now) => actionAt(now).map((action) => ({ now, action })));

const quietAction = (now: Date, over: Partial<RemindableAction> = {}): RemindableAction => ({
  status: 'running',
  dueOn: null,
  createdAt: daysAfter(now, -100),
  lastUpdateAt: daysAfter(now, -10),
  lastReminderAt: null,
  ...over,
});

describe('reminderReason', () => {
  it('never reminds about a done or stopped action', () => {
    fc.assert(
      fc.property(withAction, fc.constantFrom('done' as const, 'stopped' as const), ({ now, action }, status) => {
        expect(reminderReason({ ...action, status }, now)).toBeNull();
      }),
    );
  });

  it('sends at most one reminder per period: after one, nothing until the period is over', () => {
    fc.assert(
      fc.property(withAction, fc.double({ min: 0, max: REMINDER_RULES.repeatDays - 0.001, noNaN: true }), ({ now, action }, later) => {
        if (reminderReason(action, now) === null) return;
        const reminded = { ...action, lastReminderAt: now };
        expect(reminderReason(reminded, daysAfter(now, later))).toBeNull();
      }),
    );
  });

  it('does not remind an owner who wrote an update in the last period', () => {
    fc.assert(
      fc.property(withAction, fc.double({ min: 0, max: REMINDER_RULES.repeatDays - 0.001, noNaN: true }), ({ now, action }, ago) => {
        expect(reminderReason({ ...action, lastUpdateAt: daysAfter(now, -ago) }, now)).toBeNull();
      }),
    );
  });

  it('reminds about every open action whose due day has passed, once the period since the last contact is over', () => {
    fc.assert(
      fc.property(moment, openStatus, fc.integer({ min: 1, max: 365 }), (now, status, late) => {
        const action = quietAction(now, { status, dueOn: addDays(todayInAmsterdam(now), -late) });
        expect(reminderReason(action, now)).toBe('overdue');
        expect(isOverdue(action, todayInAmsterdam(now))).toBe(true);
      }),
    );
  });

  it('reminds in the week before the due day, and on the day itself', () => {
    fc.assert(
      fc.property(moment, fc.integer({ min: 0, max: 30 }), (now, left) => {
        const reason = reminderReason(quietAction(now, { dueOn: addDays(todayInAmsterdam(now), left) }), now);
        expect(reason).toBe(left === 0 ? 'due-today' : left <= REMINDER_RULES.dueSoonDays ? 'due-soon' : null);
      }),
    );
  });

  it('reminds after six weeks without an update, then again only after another six weeks', () => {
    fc.assert(
      fc.property(moment, fc.double({ min: 0, max: 120, noNaN: true }), (now, quietFor) => {
        const action = quietAction(now, { lastUpdateAt: daysAfter(now, -quietFor) });
        const reason = reminderReason(action, now);
        expect(reason).toBe(quietFor >= REMINDER_RULES.quietDays ? 'quiet' : null);
        if (reason) {
          const reminded = { ...action, lastReminderAt: now };
          expect(reminderReason(reminded, daysAfter(now, REMINDER_RULES.quietDays - 1))).toBeNull();
          expect(reminderReason(reminded, daysAfter(now, REMINDER_RULES.quietDays))).toBe('quiet');
        }
      }),
    );
  });

  it('counts six weeks from the day the action was made when there was no update yet', () => {
    const now = new Date('2026-05-01T08:00:00Z');
    expect(reminderReason(quietAction(now, { lastUpdateAt: null, createdAt: daysAfter(now, -41) }), now)).toBeNull();
    expect(reminderReason(quietAction(now, { lastUpdateAt: null, createdAt: daysAfter(now, -42) }), now)).toBe('quiet');
  });

  it('takes "today" in Amsterdam: just after midnight there it is already the next day', () => {
    // 23:30 UTC is 00:30 in Amsterdam, in winter (UTC+1) and in summer (UTC+2).
    for (const [now, today] of [
      ['2026-01-14T23:30:00Z', '2026-01-15'],
      ['2026-07-14T22:30:00Z', '2026-07-15'],
    ] as const) {
      const at = new Date(now);
      expect(reminderReason(quietAction(at, { dueOn: today }), at)).toBe('due-today');
      expect(reminderReason(quietAction(at, { dueOn: addDays(today, -1) }), at)).toBe('overdue');
      expect(isOverdue({ status: 'running', dueOn: addDays(today, -1) }, todayInAmsterdam(at))).toBe(true);
      expect(isOverdue({ status: 'running', dueOn: today }, todayInAmsterdam(at))).toBe(false);
    }
  });
});

describe('isOverdue and the stop reason', () => {
  it('is never overdue when done or stopped, or without a due day', () => {
    fc.assert(
      fc.property(withAction, ({ now, action }) => {
        const today = todayInAmsterdam(now);
        expect(isOverdue({ ...action, status: 'done' }, today)).toBe(false);
        expect(isOverdue({ ...action, status: 'stopped' }, today)).toBe(false);
        expect(isOverdue({ ...action, dueOn: null }, today)).toBe(false);
      }),
    );
  });

  it('needs a reason to stop, and keeps none for another status', () => {
    expect(stopReasonFor('stopped', '   ')).toEqual({ ok: false });
    expect(stopReasonFor('stopped', ' Geen geld meer ')).toEqual({ ok: true, stopReason: 'Geen geld meer' });
    expect(stopReasonFor('running', 'Geen geld meer')).toEqual({ ok: true, stopReason: '' });
  });
});

describe('nextSweepAt', () => {
  it('is the next 08:00 in Amsterdam, within a day, in summer and winter time', () => {
    const hour = (d: Date) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
    fc.assert(
      fc.property(moment, (now) => {
        const next = nextSweepAt(now);
        expect(next.getTime()).toBeGreaterThan(now.getTime());
        expect(next.getTime() - now.getTime()).toBeLessThanOrEqual(25 * 3600 * 1000);
        expect(hour(next)).toBe('08:00');
      }),
    );
    expect(nextSweepAt(new Date('2026-01-15T06:59:00Z')).toISOString()).toBe('2026-01-15T07:00:00.000Z');
    expect(nextSweepAt(new Date('2026-07-15T06:00:00Z')).toISOString()).toBe('2026-07-16T06:00:00.000Z');
  });
});
