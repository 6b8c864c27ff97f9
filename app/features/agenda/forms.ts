// Form schemas of the agenda page (S8a), one per intent. Every change but a move asks why.
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { FEEDBACK_LANGUAGE_CODES } from './domain/languages';

const reason = z.string({ error: 'agenda.reasonRequired' }).trim().min(1, 'agenda.reasonRequired').max(500, 'agenda.reasonTooLong');
const title = z.string({ error: 'agenda.titleRequired' }).trim().min(1, 'agenda.titleRequired').max(200, 'agenda.titleTooLong');
const plainText = z.string().trim().max(1500, 'agenda.textTooLong').default('');
const quote = z.string().trim().max(1000, 'agenda.textTooLong').default('');
/** Checkboxes with one name: none, one or several values. */
const many = () =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));
const item = { itemId: f.uuid() };

export const ZAgendaForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('adopt'), itemId: f.uuid().optional(), reason }),
  z.object({ intent: z.literal('edit'), ...item, title, plainText, quotes: many(), newQuote: quote, reason }),
  z.object({ intent: z.literal('add'), title, plainText, reason }),
  z.object({ intent: z.literal('merge'), ...item, otherId: z.uuid({ error: 'agenda.mergeChoose' }), reason }),
  z.object({
    intent: z.literal('split'),
    ...item,
    firstTitle: title,
    firstText: plainText,
    firstQuotes: many(),
    secondTitle: title,
    secondText: plainText,
    secondQuotes: many(),
    reason,
  }),
  z.object({ intent: z.literal('remove'), ...item, reason }),
  z.object({ intent: z.literal('move'), ...item, direction: f.choice(['up', 'down']) }),
  z.object({ intent: z.literal('languages'), languages: many().pipe(z.array(f.choice(FEEDBACK_LANGUAGE_CODES))) }),
  z.object({ intent: z.literal('translation'), ...item, language: f.choice(FEEDBACK_LANGUAGE_CODES), text: plainText }),
  z.object({ intent: z.literal('share'), confirm: f.checkbox().refine((checked) => checked, 'agenda.shareConfirmRequired') }),
  z.object({ intent: z.literal('publish'), publish: f.choice(['on', 'off']).transform((v) => v === 'on') }),
]);
