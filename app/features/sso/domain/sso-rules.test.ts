import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isAllowedDomain, isAllowedIssuer, judgeIdentity, parseDomains } from './sso-rules';

describe('the issuer address', () => {
  it('is https, or plain http only on this machine', () => {
    expect(isAllowedIssuer('https://login.microsoftonline.com/abc/v2.0')).toBe(true);
    expect(isAllowedIssuer('http://localhost:8080/realms/gemeente')).toBe(true);
    expect(isAllowedIssuer('http://127.0.0.1:9000')).toBe(true);
    expect(isAllowedIssuer('http://login.gemeente.nl')).toBe(false);
    expect(isAllowedIssuer('ftp://login.gemeente.nl')).toBe(false);
    expect(isAllowedIssuer('https://user:pw@login.gemeente.nl')).toBe(false);
    expect(isAllowedIssuer('https://login.gemeente.nl/?tenant=x')).toBe(false);
    expect(isAllowedIssuer('login.gemeente.nl')).toBe(false);
    expect(isAllowedIssuer('https://login.gemeente.nl/realms/x/')).toBe(true);
  });
});

describe('allowed e-mail domains', () => {
  it('reads one per line or separated by commas, in lower case, an @ in front dropped', () => {
    expect(parseDomains('gemeente.nl\n@Wijk.Gemeente.NL, ggd.nl;gemeente.nl')).toEqual(['gemeente.nl', 'wijk.gemeente.nl', 'ggd.nl']);
    expect(parseDomains('  ')).toEqual([]);
    expect(parseDomains('gemeente')).toBeNull();
    expect(parseDomains('gemeente.nl evil@x.nl')).toBeNull();
    expect(parseDomains('*.gemeente.nl')).toBeNull();
  });

  it('lets in exactly the listed domains: no look-alikes, no subdomains, no second @', () => {
    const allowed = ['gemeente.nl'];
    expect(isAllowedDomain('an@gemeente.nl', allowed)).toBe(true);
    expect(isAllowedDomain('an@Gemeente.NL', allowed)).toBe(true);
    expect(isAllowedDomain('an@evil-gemeente.nl', allowed)).toBe(false);
    expect(isAllowedDomain('an@x.gemeente.nl', allowed)).toBe(false);
    expect(isAllowedDomain('an@gemeente.nl.evil.com', allowed)).toBe(false);
    expect(isAllowedDomain('"an@gemeente.nl"@evil.com', allowed)).toBe(false);
    expect(isAllowedDomain('gemeente.nl', allowed)).toBe(false);
  });

  it('never lets in an address whose domain differs from every allowed one', () => {
    fc.assert(
      fc.property(fc.emailAddress(), fc.array(fc.domain(), { maxLength: 4 }), (email, domains) => {
        const allowed = domains.map((d) => d.toLowerCase());
        const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
        expect(isAllowedDomain(email, allowed)).toBe(allowed.includes(domain));
      }),
    );
  });
});

describe('what the provider said', () => {
  const allowed = ['gemeente.nl'];
  it('needs an address the provider verified, on an allowed domain', () => {
    expect(judgeIdentity({ email: 'An@Gemeente.nl', email_verified: true }, allowed)).toEqual({ email: 'an@gemeente.nl' });
    expect(judgeIdentity({ email: 'an@gemeente.nl', email_verified: false }, allowed)).toEqual({ refused: 'sso.emailUnverified' });
    expect(judgeIdentity({ email: 'an@gemeente.nl', email_verified: 'true' }, allowed)).toEqual({ refused: 'sso.emailUnverified' });
    expect(judgeIdentity({ email: 'an@gemeente.nl' }, allowed)).toEqual({ refused: 'sso.emailUnverified' });
    expect(judgeIdentity({ email_verified: true }, allowed)).toEqual({ refused: 'sso.emailMissing' });
    expect(judgeIdentity({ email: 'an@elders.nl', email_verified: true }, allowed)).toEqual({ refused: 'sso.domainNotAllowed' });
  });

  it("takes Entra ID's xms_edov only when email_verified is absent", () => {
    expect(judgeIdentity({ email: 'an@gemeente.nl', xms_edov: true }, allowed)).toEqual({ email: 'an@gemeente.nl' });
    expect(judgeIdentity({ email: 'an@gemeente.nl', xms_edov: false }, allowed)).toEqual({ refused: 'sso.emailUnverified' });
    expect(judgeIdentity({ email: 'an@gemeente.nl', xms_edov: 'true' }, allowed)).toEqual({ refused: 'sso.emailUnverified' });
    expect(judgeIdentity({ email: 'an@gemeente.nl', email_verified: false, xms_edov: true }, allowed)).toEqual({ refused: 'sso.emailUnverified' });
    expect(judgeIdentity({ email: 'an@elders.nl', xms_edov: true }, allowed)).toEqual({ refused: 'sso.domainNotAllowed' });
  });
});
