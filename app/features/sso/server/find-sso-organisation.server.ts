import { enabledSso } from './sso-records.server';

/** For the sign-in page: the organisation with this slug when it has single sign-on switched on (its name is on the button), else null. */
export async function findSsoOrganisation(slug: string): Promise<{ slug: string; name: string } | null> {
  const setup = await enabledSso(slug);
  return setup ? { slug: setup.org.slug, name: setup.org.name } : null;
}
