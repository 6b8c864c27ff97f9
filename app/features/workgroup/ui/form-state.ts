import type { FormState } from '#app/components/ui';
import type { FormFailure } from '#app/utils/forms';

/** Several forms on one page: hand the failure only to the form that was sent (same intent, same record). */
export function stateFor(failure: FormFailure | undefined, intent: string, recordId?: string): FormState {
  if (!failure || failure.values.intent !== intent) return undefined;
  if (recordId !== undefined && failure.values.meetingId !== recordId) return undefined;
  return failure;
}
