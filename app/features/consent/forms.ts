// Form schema of the organisation's consent texts: each save is a new version.
import { z } from 'zod';
import { CONSENT_KINDS } from '#app/db/schema';
import { f } from '#app/utils/forms';
import { CONSENT_TEXT_LANGUAGES } from './domain/texts';

export const ZConsentText = z.object({
  intent: z.literal('consent-text'),
  kind: f.choice(CONSENT_KINDS),
  language: f.choice(CONSENT_TEXT_LANGUAGES),
  text: f.required(2000),
});
