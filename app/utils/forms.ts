// Form parsing at the boundary: Zod schemas whose messages are catalogue keys, so errors are
// shown in the reader's language next to the field, with what was typed kept.
import { data } from 'react-router';
import { z } from 'zod';
import { hasText, type MessageKey } from '#app/i18n/i18n';
import { RuleError } from './rule-error';

export type FieldErrors = Record<string, MessageKey>;
export type FormValues = Record<string, string | string[]>;
export type FormFailure = { ok: false; errors: FieldErrors; values: FormValues };
/** What an action answers for one form on a page: which form (`intent`, and `target` for a row's form) and how it went. */
export type FormAnswer<T = undefined> = { ok: true; intent: string; target: string; value: T } | (FormFailure & { intent: string; target: string });
export type FormResult<T> = { ok: true; data: T } | FormFailure;

// Forms are parsed on the server, which knows every text: a message that is no key is Zod's own.
function isMessageKey(value: string): value is MessageKey {
  return hasText(value);
}

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    values[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return values;
}

// Control characters other than tab, newline and carriage return are never typed by people, and
// PostgreSQL refuses a null byte in text: every form field is checked here, before any schema.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
export const hasControlChars = (value: string) => value.search(CONTROL_CHARS) !== -1;
const withoutControlChars = (value: string) => value.replace(CONTROL_CHARS, '');

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): FormResult<z.output<S>> {
  const values = formValues(formData);
  const refused = Object.keys(values).filter((key) => [values[key]!].flat().some(hasControlChars));
  if (refused.length > 0) {
    // What was typed is kept without the invisible characters, so sending it again works.
    const kept = Object.fromEntries(Object.entries(values).map(([key, v]) => [key, Array.isArray(v) ? v.map(withoutControlChars) : withoutControlChars(v)]));
    return { ok: false, errors: Object.fromEntries(refused.map((key) => [key, 'validation.controlChars'])), values: kept };
  }
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join('.') || '_form';
    errors[field] ??= isMessageKey(issue.message) ? issue.message : 'validation.invalid';
  }
  return { ok: false, errors, values };
}

/** A failure for one field, for rules checked after parsing (e.g. a slug already in use). */
export function fieldFailure(formData: FormData, field: string, message: MessageKey): FormFailure {
  return { ok: false, errors: { [field]: message }, values: formValues(formData) };
}

export const FIRST_DAY = '1900-01-01';
export const LAST_DAY = '2100-12-31';

// Field builders, so every form says the same thing for the same mistake.
export const f = {
  text: (max = 200) => z.string({ error: 'validation.required' }).trim().max(max, 'validation.tooLong'),
  required: (max = 200) => z.string({ error: 'validation.required' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong'),
  email: () => z.string({ error: 'validation.required' }).trim().toLowerCase().min(1, 'validation.required').pipe(z.email('validation.email')),
  optionalEmail: () =>
    z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.union([z.literal(''), z.email('validation.email')], { error: 'validation.email' }))
      .default(''),
  day: () =>
    z
      .string({ error: 'validation.date' })
      .trim()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date')
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'validation.date')
      // A real day within reason: PostgreSQL has no year 0, and a typo like 0202 helps nobody.
      .refine((v) => v >= FIRST_DAY && v <= LAST_DAY, 'validation.dateRange'),
  count: () =>
    z
      .string({ error: 'validation.number' })
      .trim()
      .regex(/^\d{1,5}$/, 'validation.number')
      .transform(Number),
  choice: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: 'validation.choose' }),
  optionalUrl: () =>
    z
      .string()
      .trim()
      .max(500, 'validation.tooLong')
      .refine((v) => v === '' || /^https?:\/\/\S+\.\S+/.test(v), 'validation.url')
      .default(''),
  checkbox: () =>
    z
      .literal('on')
      .optional()
      .transform((v) => v === 'on'),
  uuid: () => z.uuid('validation.invalid'),
};

const TARGET_FIELDS = [
  'target',
  // Before 'partnerId': an action's forms also hold its owner's partnerId.
  'actionId',
  'noteId',
  'ideaId',
  'themeId',
  'fromId',
  'questionId',
  'listenerId',
  'partnerId',
  'statementId',
  'participantId',
  'blockId',
  'taskId',
  'language',
  'id',
];

/** Which form on the page an answer belongs to (a row's id), so the message lands next to it. */
export function targetOf(form: FormData): string {
  for (const name of TARGET_FIELDS) {
    const value = form.get(name);
    if (typeof value === 'string' && value) return value;
  }
  return '';
}

/** The hidden field that carries a create form's submission key (app/components/submission-key.tsx). */
export const SUBMISSION_FIELD = 'submission';

type Around = <T>(form: FormData, input: unknown, run: () => Promise<T>) => Promise<T>;
let around: Around = (_form, _input, run) => run();
/**
 * Set on the server by app/utils/submissions.server.ts (this module is shared with the browser):
 * runs each operation with the form's submission key, for `once` in its transaction.
 */
export function aroundOperations(wrapper: Around) {
  around = wrapper;
}

/**
 * The one way an action handles a form: parse it with the schema (400 with the messages and what
 * was typed), run the operation, and turn a RuleError into a 409 answer next to its field. Thrown
 * responses (404, 403, redirects) pass through; anything else is a bug and is thrown on.
 */
export async function handleForm<S extends z.ZodType, T>(form: FormData, schema: S, run: (input: z.output<S>) => Promise<T>) {
  const intent = String(form.get('intent') ?? '');
  const target = targetOf(form);
  const parsed = parseForm(schema, form);
  if (!parsed.ok) return data({ ...parsed, intent, target }, { status: 400 });
  try {
    const value = await around(form, parsed.data, () => run(parsed.data));
    return { ok: true as const, intent, target, value };
  } catch (error) {
    if (!(error instanceof RuleError)) throw error;
    return data({ ok: false as const, errors: { [error.field ?? '_form']: error.messageKey }, values: formValues(form), intent, target }, { status: 409 });
  }
}

/** The answer for the form with this intent (and target, for one row of a list), to show its errors and keep what was typed. */
export function stateFor<R extends { ok: boolean; intent?: string; target?: string } | undefined>(result: R, intent: string, target = '') {
  if (!result || result.ok || result.intent !== intent || (target && result.target !== target)) return undefined;
  return result as Extract<R, { ok: false }>;
}

/** True when the answer is a success of the form with this intent (and target). */
export const succeeded = (result: { ok: boolean; intent?: string; target?: string } | undefined, intent: string, target = '') =>
  !!result && result.ok && result.intent === intent && (!target || result.target === target);
