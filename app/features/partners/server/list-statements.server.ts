import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { partners, statementReactions, statements } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { countReactions, type ReactionChoice, type ReactionCounts } from '../domain/reactions';

export type StatementWithReactions = {
  id: string;
  text: string;
  counts: ReactionCounts;
  comments: { partnerName: string; choice: ReactionChoice; comment: string }[];
};

/** The warm-up statements in the order they were added, with the partners' reactions. */
export async function listStatements(scope: TrajectoryScope): Promise<StatementWithReactions[]> {
  authorize(scope, 'trajectory.view');
  const { orgId, trajectoryId } = scope;
  const database = await db();
  const rows = await database
    .select({ id: statements.id, text: statements.text })
    .from(statements)
    .where(inOrg(statements, orgId, eq(statements.trajectoryId, trajectoryId)))
    .orderBy(asc(statements.position), asc(statements.createdAt));
  const reactions = await database
    .select({
      statementId: statementReactions.statementId,
      choice: statementReactions.choice,
      comment: statementReactions.comment,
      partnerName: partners.name,
    })
    .from(statementReactions)
    .innerJoin(statements, eq(statements.id, statementReactions.statementId))
    .innerJoin(partners, eq(partners.id, statementReactions.partnerId))
    .where(inOrg(statementReactions, orgId, eq(statements.trajectoryId, trajectoryId)))
    .orderBy(asc(partners.name));
  return rows.map((s) => {
    const mine = reactions.filter((r) => r.statementId === s.id);
    return {
      ...s,
      counts: countReactions(mine),
      comments: mine.filter((r) => r.comment).map(({ partnerName, choice, comment }) => ({ partnerName, choice, comment })),
    };
  });
}
