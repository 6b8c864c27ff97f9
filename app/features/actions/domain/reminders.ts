// Which actions need a reminder e-mail to their owner now. Pure: the daily sweep
// (server/send-action-reminders.server.ts) passes the actions and the moment.
import { daysBetween } from '#app/features/calendar/domain/days';
import { TIME_ZONE, todayInAmsterdam } from '#app/i18n/i18n';
import { type ActionStatus, isClosed } from './statuses';

/**
 * The reminder rules, one constant for every organisation (kept simple on purpose):
 * - a reminder when the due day is within `dueSoonDays` (today counts), or has passed;
 * - a reminder when nothing was heard for `quietDays` (six weeks) since the last update (or since
 *   the action was made), and again after another quiet period;
 * - never more than one reminder per action in `repeatDays`, and none in the `repeatDays` after an
 *   update: an owner who just wrote is clearly on it.
 */
export const REMINDER_RULES = { dueSoonDays: 7, quietDays: 42, repeatDays: 7 } as const;
export type ReminderRules = { dueSoonDays: number; quietDays: number; repeatDays: number };

export type ReminderReason = 'overdue' | 'due-today' | 'due-soon' | 'quiet';

export type RemindableAction = {
  status: ActionStatus;
  dueOn: string | null;
  createdAt: Date;
  lastUpdateAt: Date | null;
  lastReminderAt: Date | null;
};

const DAY_MS = 86_400_000;
const daysSince = (then: Date, now: Date) => (now.getTime() - then.getTime()) / DAY_MS;

/** Why this action needs a reminder at `now` (due days are Amsterdam calendar days), or null. */
export function reminderReason(action: RemindableAction, now: Date, rules: ReminderRules = REMINDER_RULES): ReminderReason | null {
  if (isClosed(action.status)) return null;
  const recently = (moment: Date | null) => !!moment && daysSince(moment, now) < rules.repeatDays;
  if (recently(action.lastReminderAt) || recently(action.lastUpdateAt)) return null;
  if (action.dueOn) {
    const daysLeft = daysBetween(todayInAmsterdam(now), action.dueOn);
    if (daysLeft < 0) return 'overdue';
    if (daysLeft === 0) return 'due-today';
    if (daysLeft <= rules.dueSoonDays) return 'due-soon';
  }
  const heardOf = action.lastUpdateAt ?? action.createdAt;
  const since = action.lastReminderAt && action.lastReminderAt > heardOf ? action.lastReminderAt : heardOf;
  return daysSince(since, now) >= rules.quietDays ? 'quiet' : null;
}

/** The job kind of the daily reminder sweep over all organisations (app/jobs/run-jobs.server.ts). */
export const REMINDER_JOB = 'action-reminders';

/** The hour of the day (Amsterdam time) the sweep runs: reminders arrive at the start of the working day. */
export const SWEEP_HOUR = 8;

/** The next `SWEEP_HOUR`:00 in Amsterdam strictly after `now`, summer and winter time alike. */
export function nextSweepAt(now: Date): Date {
  const hourIn = (moment: Date) => Number(new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, hour: '2-digit', hourCycle: 'h23' }).format(moment));
  const [y, m, d] = todayInAmsterdam(now).split('-').map(Number) as [number, number, number];
  for (let day = 0; day <= 2; day++) {
    // Amsterdam is UTC+1 in winter and UTC+2 in summer: try both offsets for the local hour.
    for (const offset of [1, 2]) {
      const candidate = new Date(Date.UTC(y, m - 1, d + day, SWEEP_HOUR - offset));
      if (candidate > now && hourIn(candidate) === SWEEP_HOUR) return candidate;
    }
  }
  throw new Error('No sweep moment found');
}
