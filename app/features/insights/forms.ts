// Form schemas of the insights pages (S8c). Messages are catalogue keys (see app/utils/forms.ts).
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { ACTION_STATUSES, NO_ACTION } from './domain/library';
import { THEME_MAX } from './domain/next-trajectory';
import { SHARED_THEME_MAX } from './domain/shared-themes';

const list = <T extends z.ZodType>(item: T, max: number) =>
  z.preprocess((v) => (v == null || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item).max(max));
const day = f.day().catch('').default('');

// The library's filters come from a GET form or a shared link: anything odd is simply ignored.
export const ZLibraryFilters = z.object({
  theme: z.string().trim().max(SHARED_THEME_MAX).catch('').default(''),
  team: z.uuid().catch('').default(''),
  from: day,
  to: day,
  status: z
    .enum([...ACTION_STATUSES, NO_ACTION])
    .or(z.literal(''))
    .catch('')
    .default(''),
});

export const ZLibraryForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('match') }),
  z.object({ intent: z.literal('set-theme'), itemId: f.uuid(), sharedTheme: f.text(SHARED_THEME_MAX) }),
]);

export const ZReflection = z.object({
  title: f.required(200),
  trajectoryIds: list(f.uuid(), 200).refine((ids) => new Set(ids).size >= 2, 'insights.reflectionChooseTwo'),
});

const optionalId = z
  .union([z.literal(''), z.uuid()], { error: 'validation.choose' })
  .optional()
  .transform((v) => v || null);

export const ZNextTrajectory = z.object({
  from: f.uuid(),
  title: f.required(200),
  teamId: optionalId,
  theme: f
    .text(THEME_MAX)
    .optional()
    .transform((v) => v ?? ''),
  themes: list(z.string().max(SHARED_THEME_MAX * 4), 100),
  actionIds: list(f.uuid(), 200),
});
