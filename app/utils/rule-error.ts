// The one error for "not allowed now / not valid" that an operation finds after the input was
// parsed (wrong phase, no dots left, a name already in use). `messageKey` is a catalogue key;
// `field` names the form field it belongs to. handleForm() turns it into a 409 form answer.
// "Not there / not yours" is a thrown 404/403 Response instead (app/utils/http.server.ts).
import type { MessageKey } from '#app/i18n/i18n';

export class RuleError extends Error {
  constructor(
    public readonly messageKey: MessageKey,
    public readonly field?: string,
  ) {
    super(messageKey);
    this.name = 'RuleError';
  }
}
