import { authorize } from '#app/auth/authorize.server';
import type { OrgScope } from '#app/db/scope.server';
import { orgBranding } from '#app/db/org-branding.server';
import { notFound } from '#app/utils/http.server';

/** The organisation's logo for its members (the settings page shows it); a 404 when it has none. */
export async function getOrgLogo({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.view');
  const { logo } = await orgBranding(orgId);
  if (!logo) notFound();
  return logo;
}
