// Form schemas of the questions page and the open question link.
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { QUESTION_DOMAINS } from './domain/domains';

const text = z.string({ error: 'questions.textRequired' }).trim().min(1, 'questions.textRequired').max(500, 'questions.textTooLong');
const question = { questionId: f.uuid() };

/** The workgroup's forms on the questions page, one per intent. */
export const ZQuestionForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('status'), ...question, change: f.choice(['choose', 'setAside', 'restore']) }),
  z.object({ intent: z.literal('move'), ...question, direction: f.choice(['up', 'down']) }),
  z.object({
    intent: z.literal('domains'),
    ...question,
    domains: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]))
      .pipe(z.array(f.choice(QUESTION_DOMAINS))),
  }),
  z.object({ intent: z.literal('text'), ...question, text }),
  z.object({ intent: z.literal('merge'), ...question, keptId: f.uuid() }),
]);

/** A question handed in through the open link. */
export const ZPublicQuestion = z.object({
  text,
  // Honeypot: people never see this field; form-filling robots do.
  website: z.string().optional(),
});
