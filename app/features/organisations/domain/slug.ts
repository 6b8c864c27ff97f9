// The short address of an organisation (/o/<slug>): pure rules, shared by the form and the server.

export const SLUG_MIN = 3;
export const SLUG_MAX = 40;
const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** Lowercase letters, digits and hyphens, 3–40 characters, starting and ending with a letter or digit. */
export function isValidSlug(slug: string): boolean {
  return slug.length >= SLUG_MIN && slug.length <= SLUG_MAX && SLUG_PATTERN.test(slug);
}

/**
 * A suggestion made from the organisation's name: accents dropped ("Gemeente Súdwest-Fryslân"
 * → "gemeente-sudwest-fryslan"), everything else becomes a hyphen. Always a valid slug.
 */
export function suggestSlug(name: string): string {
  let slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
  if (slug.length < SLUG_MIN) slug = slug ? `${slug}-org` : 'organisatie';
  return slug;
}
