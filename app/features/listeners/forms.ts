// The listeners' form fields (route contract): the step-5 page and the listener's public page.
import { z } from 'zod';
import { FORMAL_CATEGORIES, INFORMAL_CATEGORIES, LISTENER_CATEGORIES } from '#app/features/theme/domain/listener-plan';
import { createTranslator, type MessageKey } from '#app/i18n/i18n';
import { f } from '#app/utils/forms';
import { parseListenerLines } from './domain/paste-import';
import { LISTENER_MEETINGS, RSVP_CHOICES } from './domain/rsvp';

const CATEGORY_CHOICES = [...INFORMAL_CATEGORIES, ...FORMAL_CATEGORIES] as const;
const listenerFields = { name: f.required(200), organisation: f.text(200), category: f.choice(CATEGORY_CHOICES), email: f.optionalEmail() };

/** Category names as people type them, in both languages, for the paste import. */
export function categoryLabels() {
  return (['nl', 'en'] as const).flatMap((locale) => {
    const t = createTranslator(locale);
    return LISTENER_CATEGORIES.map((category) => ({ category, label: t(`theme.category_${category}`) }));
  });
}

/** Pasted lines become listeners, all or nothing; the page lists the problems per line. */
const pastedListeners = z
  .string()
  .max(50_000, 'validation.tooLong')
  .transform((text, ctx) => {
    const result = parseListenerLines(text, categoryLabels());
    if (result.ok) return result.rows;
    const message: MessageKey = result.empty ? 'listeners.importEmpty' : result.tooMany ? 'listeners.importTooMany' : 'listeners.importHasProblems';
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });

export const ZListenerForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add'), ...listenerFields }),
  z.object({ intent: z.literal('edit'), listenerId: f.uuid(), ...listenerFields }),
  z.object({ intent: z.literal('remove'), listenerId: f.uuid() }),
  z.object({ intent: z.literal('invite'), listenerId: f.uuid() }),
  z.object({ intent: z.literal('invite-all') }),
  z.object({ intent: z.literal('import'), lines: pastedListeners }),
]);
export type ListenerIntent = z.infer<typeof ZListenerForms>['intent'];

/** The listener's public page: check in, answer per meeting, hand in a question. */
export const ZListenerLinkForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('checkin') }),
  z.object({ intent: z.literal('rsvp'), meeting: f.choice(LISTENER_MEETINGS), answer: f.choice(RSVP_CHOICES) }),
  z.object({
    intent: z.literal('question'),
    text: z
      .string({ error: 'validation.required' })
      .trim()
      .min(1, 'validation.required')
      .min(8, 'listeners.questionTooShort')
      .max(500, 'listeners.questionTooLong'),
  }),
]);
