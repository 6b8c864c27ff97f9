import { and, isNull } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { apiTokens } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { ownToken } from './api-records.server';

/** Revokes one of the member's own tokens: from now on it answers 401. Someone else's token → 404. */
export async function revokeApiToken(input: OrgScope & { tokenId: string }) {
  authorize({ actor: input.actor }, 'org.view');
  await (
    await db()
  ).transaction(async (tx) => {
    const [found] = await tx.select({ id: apiTokens.id }).from(apiTokens).where(ownToken(input, input.tokenId)).for('update');
    if (!found) notFound();
    await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(ownToken(input, input.tokenId), isNull(apiTokens.revokedAt)));
  });
}
