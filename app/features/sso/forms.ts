// The single sign-on settings form. Messages are catalogue keys (see app/utils/forms.ts).
import { z } from 'zod';
import { f } from '#app/utils/forms';
import { isAllowedIssuer, parseDomains } from './domain/sso-rules';

export const ZSsoSettings = z.discriminatedUnion('intent', [
  z.object({
    intent: z.literal('sso'),
    // Stored as typed (trimmed): an issuer with a path may end in a slash, and the library compares it with what the provider says.
    issuer: f.required(500).refine((v) => isAllowedIssuer(v), 'sso.issuerInvalid'),
    clientId: f.required(300),
    // Empty keeps the stored secret (it is never shown back).
    clientSecret: f.text(1000).default(''),
    allowedDomains: f
      .text(2000)
      .refine((v) => parseDomains(v) !== null, 'sso.domainsInvalid')
      .transform((v) => parseDomains(v) ?? [])
      .refine((domains) => domains.length > 0, 'sso.domainsRequired'),
    enabled: f.checkbox(),
  }),
  z.object({ intent: z.literal('sso-test') }),
]);
