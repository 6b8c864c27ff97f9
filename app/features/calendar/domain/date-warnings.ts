// Warnings about the three dates. Advice only: the workgroup may have good reasons, so nothing is blocked.
import { daysBetween, isDay } from './days';
import { MAX_FOLLOW_UP_DAYS, type MeetingDates, type MeetingKind } from './meetings';

export type DateWarning =
  { kind: 'followUpBeforeMirror' } | { kind: 'followUpTooLate'; days: number } | { kind: 'feedbackBeforeFollowUp' } | { kind: 'inPast'; meeting: MeetingKind };

function dateOf(meetings: readonly MeetingDates[], kind: MeetingKind): string | null {
  const date = meetings.find((m) => m.kind === kind)?.date ?? null;
  return date && isDay(date) ? date : null;
}

/**
 * The method's rules for the order and spacing of the dates. `today` (YYYY-MM-DD, Amsterdam) is
 * passed in so the rule stays pure; without it, dates in the past are not checked.
 */
export function dateWarnings(meetings: readonly MeetingDates[], today?: string): DateWarning[] {
  const mirror = dateOf(meetings, 'mirror');
  const followUp = dateOf(meetings, 'follow_up');
  const feedback = dateOf(meetings, 'feedback');
  const warnings: DateWarning[] = [];
  if (mirror && followUp) {
    const gap = daysBetween(mirror, followUp);
    if (gap < 0) warnings.push({ kind: 'followUpBeforeMirror' });
    else if (gap > MAX_FOLLOW_UP_DAYS) warnings.push({ kind: 'followUpTooLate', days: gap });
  }
  if (followUp && feedback && daysBetween(followUp, feedback) < 0) warnings.push({ kind: 'feedbackBeforeFollowUp' });
  if (today) {
    for (const [meeting, date] of [
      ['mirror', mirror],
      ['follow_up', followUp],
      ['feedback', feedback],
    ] as const) {
      if (date && date < today) warnings.push({ kind: 'inPast', meeting });
    }
  }
  return warnings;
}

/** For the hub and the trajectory overview: how many of the three dates are set, and how many warnings. */
export function datesSummary(meetings: readonly MeetingDates[], today?: string): { set: number; warnings: number } {
  const set = new Set(meetings.filter((m) => m.date && isDay(m.date)).map((m) => m.kind)).size;
  return { set, warnings: dateWarnings(meetings, today).length };
}
