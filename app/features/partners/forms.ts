// The partners' form fields (route contract): the step-2 page and the partner's public page.
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { PARTNER_DOMAINS } from './domain/domains';
import { REACTION_CHOICES } from './domain/reactions';

const partnerFields = {
  name: f.required(200),
  domain: f.choice(PARTNER_DOMAINS),
  contactName: f.text(200),
  contactEmail: f.optionalEmail(),
  roleDescription: f.text(1000),
};
const statementText = f.required(500);

export const ZPartnerForms = z.discriminatedUnion('intent', [
  z.object({ intent: z.literal('add-partner'), ...partnerFields }),
  z.object({ intent: z.literal('edit-partner'), partnerId: f.uuid(), ...partnerFields }),
  z.object({ intent: z.literal('remove-partner'), partnerId: f.uuid() }),
  z.object({ intent: z.literal('mail-link'), partnerId: f.uuid() }),
  z.object({ intent: z.literal('intent'), intentStatement: f.text(10_000) }),
  z.object({ intent: z.literal('add-statement'), text: statementText }),
  z.object({ intent: z.literal('edit-statement'), statementId: f.uuid(), text: statementText }),
  z.object({ intent: z.literal('remove-statement'), statementId: f.uuid() }),
]);
export type PartnerIntent = z.infer<typeof ZPartnerForms>['intent'];

/** The partner's public page: sign the statement of intent, react to a statement. */
export const ZPartnerLinkForms = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('sign'),
    signedName: f.required(200),
    signedOrganisation: f.required(200),
    confirm: f.checkbox().refine((checked) => checked, 'partners.signConfirmRequired'),
  }),
  z.object({ intent: z.literal('react'), statementId: f.uuid(), choice: f.choice(REACTION_CHOICES), comment: f.text(1000) }),
]);
