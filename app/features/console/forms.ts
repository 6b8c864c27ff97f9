// The console's buttons and text forms: every press carries the version of the state it was made on.
import { z } from 'zod';
import { FOCUS_PARAM, isFocusRequested } from '#app/components/focus-view';
import { f } from '#app/utils/forms';
import { CLOSING_KEY, OPENING_KEY } from './domain/queue';
import type { ConsoleAction } from './domain/reducer';

const version = { expectedVersion: f.count() };
const direction = f.choice(['up', 'down']);

export const ZConsoleForm = z.union([
  z.object({
    intent: z.enum(['start', 'answered', 'passed', 'skipped', 'answeredNext', 'passedNext', 'next', 'nextQuestion', 'end', 'finish']),
    ...version,
  }),
  // Starting over cannot be undone: only from the confirmation step (see needsResetConfirmation).
  z.object({ intent: z.literal('reset'), confirmed: z.literal('yes'), ...version }),
  z.object({ intent: z.literal('jump'), key: f.required(100), ...version }),
  z.object({ intent: z.literal('moveSeat'), participantId: f.uuid(), direction, ...version }),
  z.object({ intent: z.literal('moveItem'), key: f.required(100), direction, ...version }),
  z.object({ intent: z.literal('editOpening'), opening: f.required(1000), ...version }),
  z.object({ intent: z.literal('editClosing'), closing: f.required(1000), ...version }),
]);

/** The console rule a pressed button stands for. */
export function toConsoleAction(input: z.output<typeof ZConsoleForm>): ConsoleAction {
  switch (input.intent) {
    case 'answered':
    case 'passed':
    case 'skipped':
      return { type: 'mark', mark: input.intent };
    case 'answeredNext':
      return { type: 'markAndNext', mark: 'answered' };
    case 'passedNext':
      return { type: 'markAndNext', mark: 'passed' };
    case 'jump':
      return { type: 'jump', key: input.key };
    case 'moveSeat':
      return { type: 'moveSeat', participantId: input.participantId, direction: input.direction };
    case 'moveItem':
      return { type: 'moveItem', key: input.key, direction: input.direction };
    case 'editOpening':
      return { type: 'editItem', key: OPENING_KEY, text: input.opening };
    case 'editClosing':
      return { type: 'editItem', key: CLOSING_KEY, text: input.closing };
    default:
      return { type: input.intent };
  }
}

/** A press on "Opnieuw beginnen" that has not been confirmed yet: it leads to the confirmation step. */
export function needsResetConfirmation(form: FormData): boolean {
  return form.get('intent') === 'reset' && form.get('confirmed') !== 'yes';
}

/** The query parameter of the reset confirmation step (a page state that works without JavaScript). */
export const CONFIRM_PARAM = 'confirm';

/** Where a press lands afterwards: the same view (focus or full), never a confirmation step. */
export function consoleUrl(url: URL, confirmReset = false): string {
  const search = new URLSearchParams();
  if (isFocusRequested(url.searchParams)) search.set(FOCUS_PARAM, '1');
  if (confirmReset) search.set(CONFIRM_PARAM, 'reset');
  const query = search.toString();
  return query ? `${url.pathname}?${query}` : url.pathname;
}
