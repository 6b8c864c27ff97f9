import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisationSso } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { providerConfig } from './sso-records.server';

/**
 * "Test de verbinding" (admins): reads the saved provider's metadata and keys afresh (discovery).
 * Whether the client id and secret are right shows only at the first sign-in. A RuleError when it fails.
 */
export async function testSsoConnection({ orgId, actor }: OrgScope): Promise<{ issuer: string }> {
  authorize({ actor }, 'org.manage');
  const [row] = await (await db()).select().from(organisationSso).where(eq(organisationSso.orgId, orgId));
  if (!row) throw new RuleError('sso.testNothingSaved');
  try {
    const provider = await providerConfig(row, { fresh: true });
    return { issuer: provider.serverMetadata().issuer };
  } catch (error) {
    console.warn(`[sso] connection test to ${row.issuer} failed:`, error instanceof Error ? error.message : error);
    throw new RuleError('sso.testFailed');
  }
}
