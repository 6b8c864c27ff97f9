// Form schemas of the trajectory pages. Messages are catalogue keys (see app/utils/forms.ts).
import { z } from 'zod';
import { trajectoryRoleList } from '#app/auth/permissions';
import { f } from '#app/utils/forms';
import { variants } from './domain/variants';

const optionalId = z
  .union([z.literal(''), z.uuid()], { error: 'validation.choose' })
  .optional()
  .transform((v) => v || null);

export const ZNewTrajectory = z.object({
  title: f.required(200),
  theme: f
    .text(500)
    .optional()
    .transform((v) => v ?? ''),
  teamId: optionalId,
  variant: f.choice(variants),
  previousTrajectoryId: optionalId,
});

const person = z.uuid({ error: 'validation.choose' });
export const ZTrajectoryRoles = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('assign'), userId: person, role: f.choice(trajectoryRoleList) }),
  z.object({ intent: z.literal('remove'), userId: person, role: f.choice(trajectoryRoleList) }),
]);

// Filters come from a GET form or a shared link: anything odd is simply ignored.
export const ZTrajectoryFilters = z.object({
  team: z.uuid().catch('').default(''),
  variant: z.enum(variants).or(z.literal('')).catch('').default(''),
  q: z.string().trim().max(200).catch('').default(''),
});
