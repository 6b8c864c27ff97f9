// The forms of the other voices (route contract): the public contribution form with a textarea
// per question (`answer-<field>`), and the workgroup's page (the link, an individual conversation
// with `summary-<field>` and `quotes-<field>` per question).
import { z } from 'zod';
import { VOICE_CONSENTS } from '#app/db/schema';
import { f } from '#app/utils/forms';
import { ANSWER_MAX, filledFields } from './domain/contribution';

const tooLong = (answers: Map<string, string>, prefix: string, ctx: z.RefinementCtx) => {
  let problems = 0;
  for (const [field, text] of answers) {
    if (text.length <= ANSWER_MAX) continue;
    problems += 1;
    ctx.addIssue({ code: 'custom', message: 'validation.tooLong', path: [`${prefix}-${field}`] });
  }
  return problems;
};

/** The public form: answers per question, the consent box, the page language and the signed moment it was handed out. */
export const ZContribution = z
  .looseObject({ lang: z.string().max(20).default('nl'), startedAt: z.string().max(200).default(''), consent: f.checkbox() })
  .transform((values, ctx) => {
    const answers = filledFields(values, 'answer');
    if (tooLong(answers, 'answer', ctx) > 0) return z.NEVER;
    if (answers.size === 0) ctx.addIssue({ code: 'custom', message: 'voices.nothingFilled', path: ['answers'] });
    else if (!values.consent) ctx.addIssue({ code: 'custom', message: 'voices.consentRequired', path: ['consent'] });
    // A list, not a Map: the submission key's fingerprint is the input as JSON.
    return { lang: values.lang, startedAt: values.startedAt, answers: [...answers].map(([field, text]) => ({ field, text })) };
  });
export type ContributionInput = z.output<typeof ZContribution>;

/** An individual conversation, recorded by a workgroup member: a pseudonym, how consent was given, answers per question. */
export const ZConversation = z
  .looseObject({
    intent: z.literal('conversation'),
    pseudonym: f.required(40),
    consent: z.enum(['verbal', 'paper'] satisfies (typeof VOICE_CONSENTS)[number][], { error: 'voices.consentHow' }),
  })
  .transform((values, ctx) => {
    const summaries = filledFields(values, 'summary');
    const quotes = filledFields(values, 'quotes');
    if (tooLong(summaries, 'summary', ctx) + tooLong(quotes, 'quotes', ctx) > 0) return z.NEVER;
    const fields = [...new Set([...summaries.keys(), ...quotes.keys()])];
    if (fields.length === 0) ctx.addIssue({ code: 'custom', message: 'voices.nothingRecorded', path: ['answers'] });
    return {
      intent: values.intent,
      pseudonym: values.pseudonym,
      consent: values.consent,
      answers: fields.map((field) => ({ field, summary: summaries.get(field) ?? '', quotes: quotes.get(field) ?? '' })),
    };
  });
export type ConversationInput = z.output<typeof ZConversation>;

/** The workgroup's page: switch the link on or off, or renew it (the old link stops working). */
export const ZLinkForm = z.object({ intent: z.enum(['link-open', 'link-close', 'link-renew']) });
