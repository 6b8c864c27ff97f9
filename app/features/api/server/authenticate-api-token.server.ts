import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Actor } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { type ApiTokenScope, apiTokens, memberships, organisations } from '#app/db/schema';
import { hashToken, TOKEN_PATTERN } from './api-records.server';

export type ApiCaller = { tokenId: string; orgId: string; orgSlug: string; actor: Actor; tokenScope: ApiTokenScope };

/** How often the last use is written: once a minute is precise enough to tell a token in use from one forgotten. */
const LAST_USE_GRANULARITY_MS = 60 * 1000;

/**
 * The member a bearer token acts for: a token that exists, is not revoked, and whose member still
 * belongs to its organisation (with their current role). Null otherwise (401). Notes its last use.
 */
export async function authenticateApiToken(token: string): Promise<ApiCaller | null> {
  if (!TOKEN_PATTERN.test(token)) return null;
  const database = await db();
  const [row] = await database
    .select({ id: apiTokens.id, orgId: apiTokens.orgId, userId: apiTokens.userId, scope: apiTokens.scope, slug: organisations.slug, role: memberships.role })
    .from(apiTokens)
    .innerJoin(organisations, eq(organisations.id, apiTokens.orgId))
    .innerJoin(memberships, and(eq(memberships.orgId, apiTokens.orgId), eq(memberships.userId, apiTokens.userId)))
    .where(and(eq(apiTokens.tokenHash, hashToken(token)), isNull(apiTokens.revokedAt)))
    .limit(1);
  if (!row) return null;
  const now = new Date();
  await database
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(and(eq(apiTokens.id, row.id), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, new Date(now.getTime() - LAST_USE_GRANULARITY_MS)))));
  return { tokenId: row.id, orgId: row.orgId, orgSlug: row.slug, actor: { userId: row.userId, orgRole: row.role }, tokenScope: row.scope };
}
