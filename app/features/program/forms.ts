// Form schemas of the program, run-sheet and location pages (parsed in the routes).
import { z } from 'zod';
import { MEETING_KINDS } from '#app/db/schema';
import { f } from '#app/utils/forms';
import { CHECKLIST_ITEMS } from './domain/location';
import { PROGRAM_KINDS } from './domain/templates';

const minutes = z
  .string({ error: 'program.minutesRange' })
  .trim()
  .regex(/^\d{1,4}$/, 'program.minutesRange')
  .transform(Number)
  .refine((n) => n >= 1 && n <= 600, 'program.minutesRange');

const optionalDay = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || f.day().safeParse(v).success, 'validation.date')
  .transform((v) => v || null);

const owner = z
  .string()
  .trim()
  .default('')
  .refine((v) => v === '' || z.uuid().safeParse(v).success, 'program.ownerInvalid')
  .transform((v) => v || null);

const block = {
  title: f.required(200),
  minutes,
  note: f.text(1000).default(''),
};
const task = { title: f.required(300), ownerId: owner, dueOn: optionalDay };

export const ZProgramAction = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('template'), kind: f.choice(PROGRAM_KINDS) }),
  z.object({
    intent: z.literal('block-add'),
    kind: f.choice(PROGRAM_KINDS),
    ...block,
  }),
  z.object({ intent: z.literal('block-save'), blockId: f.uuid(), ...block }),
  z.object({ intent: z.literal('block-up'), blockId: f.uuid() }),
  z.object({ intent: z.literal('block-down'), blockId: f.uuid() }),
  z.object({ intent: z.literal('block-remove'), blockId: f.uuid() }),
  z.object({ intent: z.literal('task-add'), ...task }),
  z.object({
    intent: z.literal('task-save'),
    taskId: f.uuid(),
    ...task,
    done: f.checkbox(),
  }),
  z.object({ intent: z.literal('task-remove'), taskId: f.uuid() }),
]);
export type ProgramAction = z.output<typeof ZProgramAction>;

const checklistValue = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]));

export const ZLocationAction = z.object({
  intent: z.literal('location'),
  kind: f.choice(MEETING_KINDS),
  venueName: f.text(200).default(''),
  venueAddress: f.text(300).default(''),
  accessibility: f.text(1000).default(''),
  notes: f.text(2000).default(''),
  checklist: checklistValue.transform((items) => Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, items.includes(item)]))),
});
