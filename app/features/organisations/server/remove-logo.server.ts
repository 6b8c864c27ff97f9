import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisationLogos } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

/** Takes the logo off the organisation's reports (admins only); without one, nothing changes. */
export async function removeLogo({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.branding');
  await (
    await db()
  ).transaction(async (tx) => {
    await tx.delete(organisationLogos).where(inOrg(organisationLogos, orgId));
  });
}
