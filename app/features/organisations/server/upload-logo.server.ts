import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisationLogos } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { logoProblem, readLogo } from '../domain/branding';

/**
 * Sets the logo on the organisation's reports (admins only), replacing the one before. The file is
 * judged by its bytes: a PNG or JPEG of at most 300 kB; anything else is refused next to the field.
 */
export async function uploadLogo({ orgId, actor, bytes }: OrgScope & { bytes: Buffer }) {
  authorize({ actor }, 'org.branding');
  const problem = logoProblem(bytes);
  if (problem) throw new RuleError(problem, 'logo');
  const { mediaType } = readLogo(bytes)!;
  await (
    await db()
  ).transaction(async (tx) => {
    const updatedAt = new Date();
    await tx
      .insert(organisationLogos)
      .values({ orgId, bytes, mediaType, updatedAt })
      .onConflictDoUpdate({ target: organisationLogos.orgId, set: { bytes, mediaType, updatedAt } });
  });
}
