import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { type ApiTokenScope, apiTokens } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { once } from '#app/utils/submissions.server';
import { hashToken, newToken } from './api-records.server';

/**
 * A personal access token for the signed-in member in this organisation. Only its hash is stored;
 * the token itself is in this answer and nowhere else. A repeated submission (same key) creates
 * nothing and answers `token: null`: the token was shown to the first one only.
 */
export async function createApiToken(input: OrgScope & { name: string; scope: ApiTokenScope }): Promise<{ id: string; token: string | null }> {
  authorize({ actor: input.actor }, 'org.view');
  const token = newToken();
  const tokenHash = hashToken(token);
  return (await db()).transaction(async (tx) => {
    const created = await once(tx, input.orgId, 'api.createToken', async () => {
      const [row] = await tx
        .insert(apiTokens)
        .values({ orgId: input.orgId, userId: input.actor.userId, name: input.name, scope: input.scope, tokenHash })
        .returning({ id: apiTokens.id, tokenHash: apiTokens.tokenHash });
      // The stored answer of a submission holds the id only, never the token.
      return { id: row!.id, mine: row!.tokenHash };
    });
    return { id: created.id, token: created.mine === tokenHash ? token : null };
  });
}
