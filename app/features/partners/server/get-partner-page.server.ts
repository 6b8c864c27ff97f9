import { and, asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { organisations, statementReactions, statements, trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { ReactionChoice } from '../domain/reactions';
import { findPartnerByToken } from './find-partner-by-token.server';

/** Everything the public partner page shows, found through the partner's personal link. */
export async function getPartnerPage({ token }: { token: string }) {
  const database = await db();
  const partner = await findPartnerByToken(database, token);
  const { orgId } = partner;
  const [trajectory] = await database
    .select({ title: trajectories.title, intentStatement: trajectories.intentStatement })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, partner.trajectoryId)));
  if (!trajectory) notFound();
  const [org] = await database.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  const rows = await database
    .select({ id: statements.id, text: statements.text, choice: statementReactions.choice, comment: statementReactions.comment })
    .from(statements)
    .leftJoin(
      statementReactions,
      and(eq(statementReactions.statementId, statements.id), eq(statementReactions.partnerId, partner.id), eq(statementReactions.orgId, orgId)),
    )
    .where(inOrg(statements, orgId, eq(statements.trajectoryId, partner.trajectoryId)))
    .orderBy(asc(statements.position), asc(statements.createdAt));
  return {
    orgName: org?.name ?? '',
    trajectoryTitle: trajectory.title,
    intentStatement: trajectory.intentStatement,
    partner: {
      name: partner.name,
      signedAt: partner.signedAt,
      signedName: partner.signedName,
      signedOrganisation: partner.signedOrganisation,
    },
    statements: rows.map((r) => ({ id: r.id, text: r.text, choice: (r.choice ?? null) as ReactionChoice | null, comment: r.comment ?? '' })),
  };
}
