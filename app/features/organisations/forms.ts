// Form schemas of the organisation pages. Messages are catalogue keys (see app/utils/forms.ts).
import { z } from 'zod';
import { orgRoles } from '#app/auth/permissions';
import { f } from '#app/utils/forms';
import { isAllowedEmbeddingsUrl, normaliseEmbeddingsUrl } from './domain/embeddings';
import { orgKinds, teamKinds } from './domain/labels';
import { isValidSlug } from './domain/slug';

export const ZOrgSettings = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('org'), name: f.required(100), kind: f.choice(orgKinds) }),
  z.object({ intent: z.literal('team-add'), name: f.required(100), kind: f.choice(teamKinds) }),
  z.object({ intent: z.literal('team-rename'), teamId: f.uuid(), name: f.required(100) }),
  z.object({ intent: z.literal('team-remove'), teamId: f.uuid() }),
  z.object({ intent: z.literal('member-role'), userId: f.uuid(), role: f.choice(orgRoles) }),
  z.object({ intent: z.literal('member-remove'), userId: f.uuid() }),
  z.object({ intent: z.literal('invite'), email: f.email(), role: f.choice(orgRoles) }),
  z.object({ intent: z.literal('revoke'), invitationId: f.uuid() }),
  z.object({
    intent: z.literal('embeddings'),
    // Empty is off (the default).
    embeddingsUrl: z
      .string()
      .trim()
      .max(500, 'validation.tooLong')
      .refine((v) => v === '' || isAllowedEmbeddingsUrl(v), 'org.embeddingsUrlInvalid')
      .transform(normaliseEmbeddingsUrl)
      .default(''),
    embeddingsModel: f.text(100).default(''),
  }),
  // The report colour: the picker's value, or the code typed beside it when there is one (the
  // operation checks it). The logo's file is read by the route: a form schema sees text only.
  z.object({
    intent: z.literal('accent'),
    accent: f.text(20).default(''),
    accentText: f
      .text(20)
      .transform((v) => (v === '' || v.startsWith('#') ? v : `#${v}`))
      .default(''),
  }),
  z.object({ intent: z.literal('logo') }),
  z.object({ intent: z.literal('logo-remove') }),
]);

export const ZNewOrg = z.object({
  name: f.required(100),
  kind: f.choice(orgKinds),
  // Empty means "make it from the name".
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => v === '' || isValidSlug(v), 'validation.slug')
    .default(''),
});
