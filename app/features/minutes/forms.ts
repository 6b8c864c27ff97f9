// The note form, used by the page's form (no JavaScript) and by the offline queue's JSON POSTs.
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { NOTE_KINDS, NOTE_TAGS } from './domain/notes';

// A form sends one checked box as a string and several as an array; JSON sends an array.
const tags = z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(f.choice(NOTE_TAGS)).max(NOTE_TAGS.length));

export const noteFields = {
  kind: f.choice(NOTE_KINDS),
  summary: f.text(5000),
  quotes: f.text(5000),
  tags,
};

export const ZNewNote = z
  .object({
    idempotencyKey: f.uuid(),
    questionKey: f.text(100).default(''),
    questionText: f.text(1000).default(''),
    participantId: z.union([z.literal(''), f.uuid()]).default(''),
    ...noteFields,
  })
  // An empty note is no note.
  .refine((v) => v.summary !== '' || v.quotes !== '', {
    path: ['summary'],
    message: 'minutes.emptyNote',
  });

export type NewNoteInput = z.output<typeof ZNewNote>;
