// The participant form, shared by "add" on the pipeline page and the detail page.
import { z } from 'zod';
import { PARTICIPANT_KINDS } from '#app/features/participants/domain/pseudonyms';
import { f } from '#app/utils/forms';
import { START_STATUSES, STATUSES } from './domain/pipeline';
import { PLACE_CATEGORIES, PROFILE_FITS } from './domain/places';

const phone = z
  .string()
  .trim()
  .max(30, 'validation.tooLong')
  .refine((v) => v === '' || (/^\+?[\d\s\-().]+$/.test(v) && v.replace(/\D/g, '').length >= 6), 'recruitment.phoneInvalid')
  .default('');

const fields = {
  kind: f.choice(PARTICIPANT_KINDS),
  name: f.required(100),
  surname: f.text(100).default(''),
  phone,
  email: f.optionalEmail(),
  callViaContact: f.checkbox(),
  address: f.text(300).default(''),
  languages: f.text(200).default(''),
  placeCategory: f.choice(['', ...PLACE_CATEGORIES]),
  placeName: f.text(100).default(''),
  recruitedBy: z
    .union([z.literal(''), f.uuid()], { error: 'validation.choose' })
    .default('')
    .transform((v) => v || null),
  profileFit: f.choice(['', ...PROFILE_FITS]),
  interpreterLanguage: f.text(60).default(''),
  needsChildcare: f.checkbox(),
  needsTransport: f.checkbox(),
  diet: f.text(200).default(''),
  preferredTime: f.text(200).default(''),
  needs: f.text(1000).default(''),
  compensation: f.text(200).default(''),
  compensationPaid: f.checkbox(),
  consent: f.checkbox(),
};

/** Someone must be reachable: by phone, by e-mail, or through the contact person. */
const reachable = <T extends { phone: string; email: string; callViaContact: boolean }>(v: T, ctx: z.RefinementCtx) => {
  if (!v.phone && !v.email && !v.callViaContact) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'recruitment.contactRequired' });
};

export const ZAddParticipant = z.object({ intent: z.literal('add'), status: f.choice(START_STATUSES), ...fields }).superRefine(reachable);
export const ZEditParticipant = z.object({ intent: z.literal('save'), status: f.choice(STATUSES), ...fields }).superRefine(reachable);
export const ZMoveParticipant = z.object({ intent: z.literal('move'), participantId: f.uuid(), to: f.choice(STATUSES) });
/** The forms of the pipeline page: add someone, or move someone one step. */
export const ZParticipantsAction = z.discriminatedUnion('intent', [ZAddParticipant, ZMoveParticipant]);

/** Splits parsed form data into what the participant operations take. */
export function toChanges(input: z.output<typeof ZEditParticipant> | z.output<typeof ZAddParticipant>) {
  const { kind, status, placeCategory, placeName, profileFit, recruitedBy, consent, ...rest } = input;
  const { intent: _intent, ...personal } = rest;
  return { kind, status, placeCategory, placeName, profileFit, recruitedBy, consent, personal };
}
