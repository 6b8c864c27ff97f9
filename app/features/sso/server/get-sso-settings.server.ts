import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisationSso } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { callbackUrl } from './sso-records.server';

/** The single sign-on settings for the admins' form: everything but the client secret, of which only whether one is set. */
export async function getSsoSettings({ orgId, actor, slug }: OrgScope & { slug: string }) {
  authorize({ actor }, 'org.manage');
  const [row] = await (await db()).select().from(organisationSso).where(eq(organisationSso.orgId, orgId));
  return {
    issuer: row?.issuer ?? '',
    clientId: row?.clientId ?? '',
    secretSet: Boolean(row?.clientSecret),
    allowedDomains: row?.allowedDomains ?? [],
    enabled: row?.enabled ?? false,
    redirectUri: callbackUrl(slug).href,
  };
}
