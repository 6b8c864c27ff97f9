import { and, eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { statementReactions, statements } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { ReactionChoice } from '../domain/reactions';
import type { LinkedPartner } from './find-partner-by-token.server';

/**
 * One reaction per partner and statement: reacting again replaces the earlier answer.
 * Authorised by the personal link: takes the partner findPartnerByToken found.
 */
export async function reactToStatement({
  partner,
  statementId,
  choice,
  comment,
}: {
  partner: LinkedPartner;
  statementId: string;
  choice: ReactionChoice;
  comment: string;
}) {
  await (
    await db()
  ).transaction(async (tx) => {
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
