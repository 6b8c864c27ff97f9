// The rules of single sign-on that need no database: which issuer addresses may be used, the
// allowed e-mail domains, and whether an address the provider proved may sign in.

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** An issuer is https, or plain http only on this machine (a provider beside Spiegel, or a test); no user name, query or fragment. */
export function isAllowedIssuer(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password || url.search || url.hash) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname));
}

/** Plain http is allowed only for an issuer on this machine: the library is told so only then. */
export const isLocalHttpIssuer = (issuer: string) => {
  const url = new URL(issuer);
  return url.protocol === 'http:' && LOCAL_HOSTS.has(url.hostname);
};

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;

/** Domains typed one per line, or separated by commas or spaces; an "@" in front is dropped. Null when one is not a domain. */
export function parseDomains(text: string): string[] | null {
  const parts = text
    .split(/[\s,;]+/)
    .map((part) => part.trim().toLowerCase().replace(/^@/, ''))
    .filter(Boolean);
  if (!parts.every((part) => DOMAIN.test(part))) return null;
  return [...new Set(parts)];
}

/** The part after the last "@", lower case. */
export const domainOf = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** Exactly one of the allowed domains: `gemeente.nl` does not let in `evil-gemeente.nl` or `x.gemeente.nl`. */
export const isAllowedDomain = (email: string, allowed: readonly string[]) => email.includes('@') && allowed.includes(domainOf(email));

/** The claims about the address, from the ID token or (for what it lacks) from userinfo. */
export type IdentityClaims = { email?: unknown; email_verified?: unknown; xms_edov?: unknown };

export type IdentityRefusal = 'sso.emailMissing' | 'sso.emailUnverified' | 'sso.domainNotAllowed';

/**
 * What the provider said about the person, judged: their address (lower case) or why it cannot
 * sign in. Only `email_verified: true` counts as verified (not the string "true", not absent).
 * Microsoft Entra ID never sends `email_verified` for work accounts; its optional claim `xms_edov`
 * (the address's domain is verified by the tenant the issuer names) counts only when
 * `email_verified` is absent altogether.
 */
export function judgeIdentity(claims: IdentityClaims, allowed: readonly string[]): { email: string } | { refused: IdentityRefusal } {
  if (typeof claims.email !== 'string' || !claims.email.includes('@')) return { refused: 'sso.emailMissing' };
  const verified = claims.email_verified === undefined ? claims.xms_edov === true : claims.email_verified === true;
  if (!verified) return { refused: 'sso.emailUnverified' };
  const email = claims.email.trim().toLowerCase();
  if (!isAllowedDomain(email, allowed)) return { refused: 'sso.domainNotAllowed' };
  return { email };
}
