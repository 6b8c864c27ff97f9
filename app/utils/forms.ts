// Form parsing at the boundary: Zod schemas whose messages are catalogue keys, so errors are
// shown in the reader's language next to the field, with what was typed kept.
import { z } from 'zod';
import { catalogueFor, type MessageKey } from '#app/i18n/i18n';

export type FieldErrors = Record<string, MessageKey>;
export type FormValues = Record<string, string | string[]>;
export type FormFailure = { ok: false; errors: FieldErrors; values: FormValues };
export type FormResult<T> = { ok: true; data: T } | FormFailure;

const nl = catalogueFor('nl');
function isMessageKey(value: string): value is MessageKey {
  const [area, name] = value.split('.');
  return !!area && !!name && name in ((nl as Record<string, Record<string, string>>)[area] ?? {});
}

export function formValues(formData: FormData): FormValues {
  const values: FormValues = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === 'string');
    values[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return values;
}

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): FormResult<z.output<S>> {
  const values = formValues(formData);
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
      .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), 'validation.date'),
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
