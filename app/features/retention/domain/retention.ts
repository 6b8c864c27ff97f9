// Retention of personal data (issue 16): what is deleted when. Pure: the job and the pages pass the
// trajectory's days, the organisation's settings, the extensions and today.
//
// "The last step" of a trajectory is the latest of its meeting days (mirror meeting, follow-up
// session, feedback to parents) and the day the agenda was shared with the parents (step 8). A
// trajectory with none of these has no last step yet: nothing of it is due.
import type { RETENTION_KINDS } from '#app/db/schema';
import { type Day, makeDay } from '#app/features/calendar/domain/days';

export type RetentionKind = (typeof RETENTION_KINDS)[number];
export type RetentionSettings = Record<RetentionKind, number>;

/** Sensible defaults, in months after the last step: a pledge's reminder address goes first. */
export const DEFAULT_RETENTION: RetentionSettings = { participants: 12, listeners: 12, pledges: 6 };
export const RETENTION_MONTHS = { min: 1, max: 120 } as const;

/** The trajectory's last step (see above), or null. */
export function lastStepDay(days: readonly (Day | null | undefined)[]): Day | null {
  const known = days.filter((d): d is Day => !!d).sort();
  return known.at(-1) ?? null;
}

/** `day` plus whole months; the 31st of a shorter month becomes its last day. */
export function addMonths(day: Day, months: number): Day {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const lastOfTarget = new Date(Date.UTC(y, m - 1 + months + 1, 0)).getUTCDate();
  return makeDay(y, m + months, Math.min(d, lastOfTarget));
}

export type DuePlan = { kind: RetentionKind; dueOn: Day | null; extended: boolean };

/**
 * Per kind, the day its personal data is deleted: the last step plus the organisation's months,
 * or a later day a coordinator extended it to. Null: no last step yet.
 */
export function retentionPlan(lastStep: Day | null, settings: RetentionSettings, extensions: Partial<Record<RetentionKind, Day>> = {}): DuePlan[] {
  return (Object.keys(settings) as RetentionKind[]).map((kind) => {
    if (!lastStep) return { kind, dueOn: null, extended: false };
    const regular = addMonths(lastStep, settings[kind]);
    const extension = extensions[kind];
    return extension && extension > regular ? { kind, dueOn: extension, extended: true } : { kind, dueOn: regular, extended: false };
  });
}

/** Due on the day itself: on `today` (an Amsterdam day) the data of a plan due today or earlier is deleted. */
export const isDue = (plan: DuePlan, today: Day): boolean => plan.dueOn !== null && plan.dueOn <= today;

/** The extensions in force: per kind the latest one recorded (`log` in the order it was written). */
export function extensionsFrom(log: readonly { kind: RetentionKind; keepUntil: Day | null }[]): Partial<Record<RetentionKind, Day>> {
  const result: Partial<Record<RetentionKind, Day>> = {};
  for (const entry of log) if (entry.keepUntil) result[entry.kind] = entry.keepUntil;
  return result;
}
