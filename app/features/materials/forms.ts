// Form schemas of the materials page and the public sign-up page.
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { FLYER_LANGUAGE_CODES } from './domain/languages';
import { isPhoneNumber } from './domain/phone';

const optionalPhone = (message: 'materials.signupPhoneInvalid') =>
  z
    .string()
    .trim()
    .max(30, 'validation.tooLong')
    .default('')
    .refine((v) => v === '' || isPhoneNumber(v), message);

const language = f.choice(FLYER_LANGUAGE_CODES);

export const ZMaterialsAction = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('save'),
    language,
    title: f.required(150),
    whatHappens: f.text(2000),
    whatYouGet: f.text(1000),
    contactName: f.text(100),
    contactPhone: optionalPhone('materials.signupPhoneInvalid'),
  }),
  z.object({ intent: z.literal('add'), language }),
  z.object({ intent: z.literal('remove'), language }),
]);

export const SIGNUP_KINDS = ['parent', 'youth', 'carer'] as const;

export const ZSignup = z
  .object({
    name: f.required(80),
    // Optional, like on the lead's form; only leads and parent contacts see it.
    surname: f.text(100).default(''),
    phone: optionalPhone('materials.signupPhoneInvalid'),
    callViaContact: f.checkbox(),
    contactPersonName: f.text(100).default(''),
    kind: f.choice(SIGNUP_KINDS),
    languages: f.text(200).default(''),
    consent: f.checkbox().refine((checked) => checked, 'materials.signupConsentRequired'),
  })
  .superRefine((value, ctx) => {
    if (!value.phone && !value.callViaContact) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'materials.signupPhoneOrContact' });
  });
