// The report page's one form: replace one flagged place in a stored note (minutes or board) by its placeholder.
import { z } from 'zod';
import { f } from '#app/utils/forms';

export const ZReplaceLeak = z.object({
  table: f.choice(['minuteNote', 'boardNote'] as const).default('minuteNote'),
  noteId: f.uuid(),
  field: f.choice(['summary', 'quote', 'text'] as const),
  index: f.count().default(0),
  start: f.count(),
  end: f.count(),
});
export type ReplaceLeakInput = z.output<typeof ZReplaceLeak>;

export const ZReportForms = z.discriminatedUnion('intent', [ZReplaceLeak.extend({ intent: z.literal('replace') })]);
