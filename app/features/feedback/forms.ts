// The feedback forms (route contract): the parent's page and the same form filled in on a parent's
// behalf, with a verdict and comment field per agenda item (`verdict-<id>`, `comment-<id>`), and
// the workgroup's page (links, languages, the summary mail).
import { z } from 'zod';
import { FEEDBACK_VERDICTS, INVOLVEMENT_CHOICES } from '#app/db/schema';
import { FLYER_LANGUAGE_CODES } from '#app/features/materials/domain/languages';
import { f } from '#app/utils/forms';
import type { FeedbackInput, Verdict } from './domain/verdicts';

const ITEM_FIELD = /^(verdict|comment)-([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
export const COMMENT_MAX = 1000;

export const verdictField = (itemId: string) => `verdict-${itemId}`;
export const commentField = (itemId: string) => `comment-${itemId}`;

const asList = (value: unknown) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]);

const feedbackFields = {
  generalReaction: f.text(2000).default(''),
  involvement: z.preprocess(asList, z.array(f.choice(INVOLVEMENT_CHOICES))),
  contact: f.text(300).default(''),
};

/** The parent's answers: per item a verdict (a comment needs one), a general reaction, staying involved and how. */
function withReactions<T extends Omit<FeedbackInput, 'reactions'>>(values: T, ctx: z.RefinementCtx): T & Pick<FeedbackInput, 'reactions'> {
  const items = new Map<string, { verdict: string; comment: string }>();
  for (const [name, value] of Object.entries(values)) {
    const match = ITEM_FIELD.exec(name);
    if (!match || typeof value !== 'string') continue;
    const item = items.get(match[2]!) ?? { verdict: '', comment: '' };
    item[match[1] as 'verdict' | 'comment'] = value.trim();
    items.set(match[2]!, item);
  }
  const reactions: FeedbackInput['reactions'] = [];
  let problems = 0;
  const problem = (message: string, path: string[]) => {
    problems += 1;
    ctx.addIssue({ code: 'custom', message, path });
  };
  for (const [itemId, { verdict, comment }] of items) {
    if (verdict && !(FEEDBACK_VERDICTS as readonly string[]).includes(verdict)) problem('validation.choose', [verdictField(itemId)]);
    else if (comment.length > COMMENT_MAX) problem('validation.tooLong', [commentField(itemId)]);
    else if (comment && !verdict) problem('parentPage.chooseVerdict', [commentField(itemId)]);
    else if (verdict) reactions.push({ itemId, verdict: verdict as Verdict, comment });
  }
  const { generalReaction, involvement, contact } = values;
  if (problems === 0 && reactions.length === 0 && !generalReaction && involvement.length === 0 && !contact) problem('parentPage.nothingFilled', []);
  return { ...values, reactions };
}

/** The parent's own page. */
export const ZParentFeedback = z
  .looseObject({ intent: z.literal('feedback'), lang: z.string().max(20).default('nl'), ...feedbackFields })
  .transform((values, ctx) => withReactions(values, ctx));

/** The same form, filled in by a workgroup member for a parent during the feedback meeting. */
export const ZOnBehalfFeedback = z
  .looseObject({ intent: z.literal('on-behalf'), participantId: f.uuid(), ...feedbackFields })
  .transform((values, ctx) => withReactions(values, ctx));

/** The workgroup's page: make the links, change a parent's language, mail the summary. */
export const ZFeedbackForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('create-links') }),
  z.object({ intent: z.literal('link-language'), participantId: f.uuid(), language: f.choice(FLYER_LANGUAGE_CODES) }),
  z.object({ intent: z.literal('mail-summary') }),
]);
