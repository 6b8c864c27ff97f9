import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPartnerDomain, PARTNER_DOMAINS, partnerCoverageAdvice } from './domains';

describe('partner coverage advice', () => {
  it('advises welfare and policy partners when there are none', () => {
    expect(partnerCoverageAdvice([])).toEqual(['noWelfare', 'noPolicy']);
    expect(partnerCoverageAdvice([{ domain: 'care' }, { domain: 'education' }])).toEqual(['noWelfare', 'noPolicy']);
  });

  it('is quiet once welfare and policy both take part', () => {
    expect(partnerCoverageAdvice([{ domain: 'welfare' }, { domain: 'policy' }])).toEqual([]);
    expect(partnerCoverageAdvice([{ domain: 'policy' }])).toEqual(['noWelfare']);
    expect(partnerCoverageAdvice([{ domain: 'welfare' }])).toEqual(['noPolicy']);
  });

  it('only depends on which domains are present, not on order or repeats', () => {
    const domain = fc.constantFrom(...PARTNER_DOMAINS);
    fc.assert(
      fc.property(fc.array(fc.record({ domain })), (list) => {
        const advice = partnerCoverageAdvice(list);
        expect(advice.includes('noWelfare')).toBe(!list.some((p) => p.domain === 'welfare'));
        expect(advice.includes('noPolicy')).toBe(!list.some((p) => p.domain === 'policy'));
        expect(partnerCoverageAdvice([...list].reverse())).toEqual(advice);
        expect(partnerCoverageAdvice([...list, ...list])).toEqual(advice);
      }),
    );
  });

  it('knows its domain codes', () => {
    expect(isPartnerDomain('welfare')).toBe(true);
    expect(isPartnerDomain('zorg')).toBe(false);
  });
});
