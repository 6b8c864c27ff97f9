// The run sheet (draaiboek): the usual tasks before a mirror meeting. Titles are catalogue keys
// (program.task_<key>); when the run sheet is filled they become plain, editable text.
export const DEFAULT_TASKS = [
  { key: 'host', daysBefore: 28 },
  { key: 'minuteTaker', daysBefore: 28 },
  { key: 'interpreters', daysBefore: 21 },
  { key: 'childcare', daysBefore: 21 },
  { key: 'transport', daysBefore: 14 },
  { key: 'listenerRules', daysBefore: 14 },
  { key: 'food', daysBefore: 10 },
  { key: 'questionsToLeader', daysBefore: 7 },
  { key: 'consentForms', daysBefore: 3 },
  { key: 'nameCards', daysBefore: 3 },
  { key: 'microphone', daysBefore: 1 },
  { key: 'room', daysBefore: 0 },
  { key: 'flipCharts', daysBefore: 0 },
] as const;
export type DefaultTaskKey = (typeof DEFAULT_TASKS)[number]['key'];

/** Adds days to a YYYY-MM-DD calendar day (no time zones involved). */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The default tasks, with a due date counted back from the mirror meeting when its date is known. */
export function defaultRunSheet(mirrorDate: string | null): { key: DefaultTaskKey; dueOn: string | null }[] {
  return DEFAULT_TASKS.map((task) => ({
    key: task.key,
    dueOn: mirrorDate ? addDays(mirrorDate, -task.daysBefore) : null,
  }));
}

/** Open and done tasks, for the run sheet and the step-5 overview. */
export function runSheetSummary(tasks: readonly { done: boolean }[]): {
  open: number;
  done: number;
} {
  const done = tasks.filter((t) => t.done).length;
  return { open: tasks.length - done, done };
}
