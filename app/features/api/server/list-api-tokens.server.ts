import { and, desc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { apiTokens } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

/** The signed-in member's own tokens in this organisation, newest first: never the token or its hash. */
export async function listApiTokens({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.view');
  return (await db())
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      scope: apiTokens.scope,
      createdAt: apiTokens.createdAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .where(inOrg(apiTokens, orgId, and(eq(apiTokens.userId, actor.userId))))
    .orderBy(desc(apiTokens.createdAt));
}
