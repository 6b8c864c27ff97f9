import type { FormState } from '#app/components/ui';
import type { FormFailure } from '#app/utils/forms';

/** Several forms on one page: hand the failure only to the form that was sent. */
export function stateFor(failure: FormFailure | undefined, intent: string): FormState {
  return failure && failure.values.intent === intent ? failure : undefined;
}
