import type { MessageKey } from '#app/i18n/i18n';
import { RuleError } from '#app/utils/rule-error';

/**
 * A sign-in through the organisation's provider that Spiegel refuses, with what its page shows:
 * the organisation's name and the address the provider proved (when it named one).
 */
export class SsoRefused extends RuleError {
  readonly org: { slug: string; name: string };
  constructor(
    messageKey: MessageKey,
    org: { slug: string; name: string },
    public readonly email = '',
  ) {
    super(messageKey);
    this.name = 'SsoRefused';
    this.org = { slug: org.slug, name: org.name };
  }
}
