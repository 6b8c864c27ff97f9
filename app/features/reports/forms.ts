// The report page's one form: replace one flagged place in a stored text (a note, a theme, an agenda item, an action) by its placeholder.
import { z } from 'zod';
import { f } from '#app/utils/forms';

export const ZReplaceLeak = z.object({
  table: f.choice(['minuteNote', 'boardNote', 'boardTheme', 'agendaItem', 'action'] as const).default('minuteNote'),
  recordId: f.uuid(),
  // Which fields belong to which table is checked where the record is read (another one is a 404).
  field: f.choice(['summary', 'quote', 'text', 'name', 'title', 'plainText', 'themeName'] as const),
  index: f.count().default(0),
  start: f.count(),
  end: f.count(),
});
export type ReplaceLeakInput = z.output<typeof ZReplaceLeak>;

export const ZReportForms = z.discriminatedUnion('intent', [ZReplaceLeak.extend({ intent: z.literal('replace') })]);
