// The organisation's dashboard (S8c): how far its trajectories are, how many parents they reached,
// what became of the actions and how long parents waited for feedback. Pure figures from plain facts.
import type { ActionStatus } from '#app/db/schema';
import type { StepState } from '#app/features/trajectory/domain/step-overview';
import { ACTION_STATUSES, isOpen } from './library';

export const STEPS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type Step = (typeof STEPS)[number];

/** The middle value (the mean of the two middle ones for an even count); null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000;

/** Calendar days from one YYYY-MM-DD to another (negative when `to` comes first). */
export const daysBetween = (from: string, to: string) => Math.round(dayNumber(to) - dayNumber(from));

/**
 * Days from the mirror meeting to the feedback to the parents, for trajectories where both were
 * held (the feedback date is today or earlier). A feedback date before the mirror meeting is a typing
 * mistake, not a figure: it is left out.
 */
export function feedbackIntervals(dates: readonly { mirror: string | null; feedback: string | null }[], today: string): number[] {
  return dates.flatMap(({ mirror, feedback }) => {
    if (!mirror || !feedback || feedback > today) return [];
    const days = daysBetween(mirror, feedback);
    return days >= 0 ? [days] : [];
  });
}

/** The step a trajectory is at: the first that is not done; null when all are done. */
export function currentStep(states: readonly StepState[]): Step | null {
  const index = states.findIndex((s) => s !== 'done');
  return index === -1 ? null : STEPS[index]!;
}

export type StepCounts = { perStep: { step: Step; count: number }[]; finished: number; total: number };

/** How many trajectories are at each step, and how many have every step done. */
export function trajectoriesPerStep(trajectories: readonly { steps: readonly StepState[] }[]): StepCounts {
  const perStep = STEPS.map((step) => ({ step, count: 0 }));
  let finished = 0;
  for (const t of trajectories) {
    const step = currentStep(t.steps);
    if (step === null) finished++;
    else perStep[step - 1]!.count++;
  }
  return { perStep, finished, total: trajectories.length };
}

export type TeamFigures = { team: { name: string; kind: 'team' | 'neighbourhood' } | null; trajectories: number; parents: number };

export const isOverdue = (action: { status: ActionStatus; dueOn: string | null }, today: string) =>
  isOpen(action.status) && !!action.dueOn && action.dueOn < today;

export type ActionCounts = { byStatus: { status: ActionStatus; count: number }[]; overdue: number; total: number };

/** Actions per status, and how many open ones are past their due date. */
export function actionCounts(actions: readonly { status: ActionStatus; dueOn: string | null }[], today: string): ActionCounts {
  return {
    byStatus: ACTION_STATUSES.map((status) => ({ status, count: actions.filter((a) => a.status === status).length })),
    overdue: actions.filter((a) => isOverdue(a, today)).length,
    total: actions.length,
  };
}

/** A bar's length in percent of the largest figure (0 when everything is 0). */
export const barPercent = (value: number, max: number) => (max <= 0 ? 0 : Math.round((value / max) * 100));
