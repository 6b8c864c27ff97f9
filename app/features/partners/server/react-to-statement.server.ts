import { and, eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { statementReactions, statements } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { ReactionChoice } from '../domain/reactions';
import { findPartnerByToken } from './find-partner-by-token.server';

/** One reaction per partner and statement: reacting again replaces the earlier answer. */
export async function reactToStatement({
  token,
  statementId,
  choice,
  comment,
}: {
  token: string;
  statementId: string;
  choice: ReactionChoice;
  comment: string;
}) {
  await (
    await db()
  ).transaction(async (tx) => {
    const partner = await findPartnerByToken(tx, token);
    const [statement] = await tx
      .select({ id: statements.id })
      .from(statements)
      .where(inOrg(statements, partner.orgId, and(eq(statements.id, statementId), eq(statements.trajectoryId, partner.trajectoryId))));
    if (!statement) notFound();
    await tx
      .insert(statementReactions)
      .values({ orgId: partner.orgId, statementId, partnerId: partner.id, choice, comment })
      .onConflictDoUpdate({
        target: [statementReactions.statementId, statementReactions.partnerId],
        set: { choice, comment, updatedAt: sql`now()` },
      });
  });
}
