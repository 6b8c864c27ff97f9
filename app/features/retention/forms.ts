// Form schemas of retention: the organisation's periods, and extending one trajectory's.
import { z } from 'zod';
import { RETENTION_KINDS } from '#app/db/schema';
import { f } from '#app/utils/forms';
import { RETENTION_MONTHS } from './domain/retention';

const months = () => f.count().refine((n) => n >= RETENTION_MONTHS.min && n <= RETENTION_MONTHS.max, 'personalData.monthsRange');

export const ZRetentionSettings = z.object({
  intent: z.literal('retention'),
  participants: months(),
  listeners: months(),
  pledges: months(),
});

export const ZExtendRetention = z.object({
  intent: z.literal('extend'),
  kind: f.choice(RETENTION_KINDS),
  keepUntil: f.day(),
  reason: f.required(500),
});
