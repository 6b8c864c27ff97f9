// The minutes' forms: the note form is used by the page's form (no JavaScript) and by the offline queue's JSON POSTs.
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { NOTE_KINDS, NOTE_TAGS } from './domain/notes';

// A form sends one checked box as a string and several as an array; JSON sends an array.
const tags = z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(f.choice(NOTE_TAGS)).max(NOTE_TAGS.length));

const noteFields = {
  kind: f.choice(NOTE_KINDS),
  summary: f.text(5000),
  quotes: f.text(5000),
  tags,
};

// An empty note is no note.
const notEmpty = (v: { summary: string; quotes: string }) => v.summary !== '' || v.quotes !== '';
const emptyNote = { path: ['summary'], message: 'minutes.emptyNote' };

const newNote = z.object({
  idempotencyKey: f.uuid(),
  questionKey: f.text(100).default(''),
  questionText: f.text(1000).default(''),
  participantId: z.union([z.literal(''), f.uuid()]).default(''),
  ...noteFields,
});
const noteEdit = z.object({ noteId: f.uuid(), ...noteFields });

export const ZNewNote = newNote.refine(notEmpty, emptyNote);
export type NewNoteInput = z.output<typeof ZNewNote>;
export type NoteEditInput = z.output<typeof noteEdit>;

/** The forms of the minutes page. */
export const ZMinutesForm = z.discriminatedUnion('intent', [
  newNote.extend({ intent: z.literal('save') }).refine(notEmpty, emptyNote),
  noteEdit.extend({ intent: z.literal('update') }).refine(notEmpty, emptyNote),
  z.object({ intent: z.literal('delete'), noteId: f.uuid() }),
  // Irreversible: only the confirmation's button ("Ja, definitief maken") sends `confirm`.
  z.object({ intent: z.literal('finalise'), confirm: z.literal('yes') }),
  z.object({ intent: z.literal('resolve'), noteId: f.uuid() }),
]);

/** The live name check's JSON body. */
export const ZCheckText = z.object({
  intent: z.literal('check'),
  summary: z.string().max(5000).default(''),
  quotes: z.string().max(5000).default(''),
});
