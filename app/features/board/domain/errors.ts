/** A board rule was broken (wrong phase, no dots left, …); `message` is a catalogue key shown to the user. */
export class BoardRuleError extends Error {
  constructor(
    public readonly messageKey: string,
    public readonly field?: string,
  ) {
    super(messageKey);
    this.name = 'BoardRuleError';
  }
}
