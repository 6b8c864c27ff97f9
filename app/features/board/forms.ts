// The board's form fields (route contract), shared by the participant's and the facilitator's pages.
import { z } from 'zod';
import type { MessageKey } from '#app/i18n/i18n';
import { f } from '#app/utils/forms';
import { normaliseJoinCode } from './domain/join-code';
import { BOARD_PHASES, NOTE_COLUMNS, VOTE_CRITERIA } from './domain/types';

export const ZKey = z.string({ error: 'validation.invalid' }).regex(/^[A-Za-z0-9_-]{8,64}$/, 'validation.invalid');
export const ZText = z.string({ error: 'board.noteRequired' }).trim().min(1, 'board.noteRequired').max(280, 'board.noteTooLong');
const criterion = z.enum(VOTE_CRITERIA, { error: 'validation.choose' }).default('');
const dots = z
  .string({ error: 'validation.number' })
  .trim()
  .regex(/^\d{1,3}$/, 'validation.number')
  .transform(Number);

/** A whole number from 1 to max (at most two digits). */
const inRange = (max: number) => (v: string) => /^\d{1,2}$/.test(v) && Number(v) >= 1 && Number(v) <= max;
const count = (max: number, message: MessageKey) => z.string({ error: message }).trim().refine(inRange(max), message).transform(Number);
/** The same, or empty for "none" (null). */
const optionalCount = (max: number, message: MessageKey) =>
  z
    .string()
    .trim()
    .default('')
    .refine((v) => v === '' || inRange(max)(v), message)
    .transform((v) => (v === '' ? null : Number(v)));

export const noteFields = { column: f.choice(NOTE_COLUMNS), text: ZText, key: ZKey };
export const ideaFields = { themeId: f.uuid(), text: ZText, key: ZKey };

export const ZParticipant = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('join'), displayName: z.string().trim().max(40, 'board.nameTooLong').default('') }),
  z.object({ intent: z.literal('note'), ...noteFields }),
  z.object({ intent: z.literal('note-edit'), noteId: f.uuid(), text: ZText }),
  z.object({ intent: z.literal('note-delete'), noteId: f.uuid() }),
  z.object({ intent: z.literal('idea'), ...ideaFields }),
  z.object({ intent: z.literal('vote'), ideaId: f.uuid(), criterion, dots, key: ZKey.optional() }),
  z.object({
    intent: z.literal('pledge'),
    text: ZText,
    email: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.union([z.literal(''), z.email('board.pledgeEmailInvalid')], { error: 'board.pledgeEmailInvalid' }))
      .default(''),
    weeks: optionalCount(26, 'board.pledgeWeeksInvalid'),
    key: ZKey,
  }),
]);

const themeName = z.string({ error: 'board.themeNameRequired' }).trim().min(1, 'board.themeNameRequired').max(80, 'board.themeNameTooLong');
const noteRef = { noteId: f.uuid() };
const quoteRef = {
  ...noteRef,
  minuteNoteId: f.uuid(),
  quoteIndex: z
    .string()
    .regex(/^\d{1,4}$/, 'validation.invalid')
    .transform(Number),
};
const ids = z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(f.uuid()).max(500));

/** Intents that run the session ('board.run'). */
const ZRun = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('open') }),
  z.object({ intent: z.literal('phase'), phase: f.choice(BOARD_PHASES) }),
  z.object({
    intent: z.literal('settings'),
    dotsPerPerson: count(20, 'board.dotsInvalid'),
    maxDotsPerIdea: optionalCount(20, 'board.maxInvalid'),
    byCriteria: f.checkbox(),
    talliesLive: f.choice(['1', '0']).transform((v) => v === '1'),
  }),
  z.object({ intent: z.literal('moderation'), moderated: f.choice(['1', '0']).transform((v) => v === '1') }),
  z.object({ intent: z.literal('reveal'), revealed: f.choice(['1', '0']).transform((v) => v === '1') }),
  z.object({ intent: z.literal('note'), ...noteFields }),
  z.object({ intent: z.literal('idea'), ...ideaFields }),
  z.object({ intent: z.literal('paper-votes'), ideaId: f.uuid(), criterion, dots: dots.refine((n) => n >= 0, 'board.paperInvalid') }),
  z.object({ intent: z.literal('close') }),
]);

/** Intents that curate the board ('board.curate': the runners and the guardian). */
const ZCurate = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('theme-create'), name: themeName }),
  z.object({ intent: z.literal('theme-rename'), themeId: f.uuid(), name: themeName }),
  z.object({ intent: z.literal('theme-merge'), fromId: f.uuid(), intoId: f.uuid() }),
  z.object({ intent: z.literal('note-approve'), ...noteRef }),
  z.object({ intent: z.literal('note-hide'), ...noteRef, hidden: f.choice(['1', '0']).transform((v) => v === '1') }),
  z.object({ intent: z.literal('note-theme'), ...noteRef, themeId: z.union([z.literal(''), f.uuid()]).transform((v) => v || null) }),
  z.object({
    intent: z.literal('suggest'),
    rejected: z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.string().max(20000))),
  }),
  z.object({ intent: z.literal('suggestion-accept'), themeId: z.union([z.literal(''), f.uuid()]).transform((v) => v || null), name: themeName, noteIds: ids }),
  z.object({ intent: z.literal('quote-link'), ...quoteRef }),
  z.object({ intent: z.literal('quote-unlink'), ...quoteRef }),
  z.object({
    intent: z.literal('interpretation'),
    ...noteRef,
    interpretation: z
      .literal('1')
      .optional()
      .transform((v) => v === '1'),
    comment: f.text(500).default(''),
  }),
]);

/** Every form on the facilitator's page; each operation checks its own permission. */
export const ZFacilitator = z.discriminatedUnion('intent', [...ZRun.options, ...ZCurate.options]);

/** The code typed from the projector, as the board's address has it ("ktpm rs" is KTPMRS). */
export const ZEnterCode = z.object({
  code: z
    .string({ error: 'board.enterCodeInvalid' })
    .trim()
    .min(1, 'board.enterCodeInvalid')
    .max(40, 'board.enterCodeInvalid')
    .transform((value, ctx) => normaliseJoinCode(value) ?? (ctx.addIssue({ code: 'custom', message: 'board.enterCodeInvalid' }), z.NEVER)),
});
