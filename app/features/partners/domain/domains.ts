// Domains a partner organisation can work in, and the method's advice on which ones a
// coalition needs. Advice only: it never blocks anything.

export const PARTNER_DOMAINS = ['care', 'youth_health', 'welfare', 'policy', 'informal', 'education', 'housing', 'childcare', 'other'] as const;
export type PartnerDomain = (typeof PARTNER_DOMAINS)[number];

export function isPartnerDomain(value: string): value is PartnerDomain {
  return (PARTNER_DOMAINS as readonly string[]).includes(value);
}

export type PartnerCoverageAdvice = 'noWelfare' | 'noPolicy';

/**
 * Welfare/community work knows the neighbourhood and the parents; policy (the municipality,
 * with the alderman invited) makes sure the change agenda gets carried out.
 */
export function partnerCoverageAdvice(partners: readonly { domain: string }[]): PartnerCoverageAdvice[] {
  const has = (domain: PartnerDomain) => partners.some((p) => p.domain === domain);
  const advice: PartnerCoverageAdvice[] = [];
  if (!has('welfare')) advice.push('noWelfare');
  if (!has('policy')) advice.push('noPolicy');
  return advice;
}
