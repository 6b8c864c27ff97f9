// The rights forms (issue 16): erasing a participant, and the access log's search (query string).
import { z } from 'zod';
import { ACCESS_ACTIONS } from '#app/db/schema';
import { f } from '#app/utils/forms';

export const ZEraseParticipant = z.object({
  intent: z.literal('erase'),
  removeWords: f.checkbox(),
  confirm: z.literal('on', { error: 'rights.eraseConfirmMissing' }),
});

const day = z.union([z.literal(''), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)]).catch('');

/** The access log's filters from the address; anything unreadable is left out rather than refused. */
export const ZAccessLogFilter = z.object({
  participant: z.string().trim().max(40).catch('').default(''),
  user: z
    .union([z.literal(''), z.uuid()])
    .catch('')
    .default(''),
  from: day.default(''),
  to: day.default(''),
  action: z
    .enum(['', ...ACCESS_ACTIONS])
    .catch('')
    .default(''),
});
export type AccessLogFilter = z.output<typeof ZAccessLogFilter>;

export const ZExportFormat = z.enum(['json', 'pdf']);
