import { orgName } from '#app/db/org-name.server';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { statementReactions, statements } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import type { ReactionChoice } from '../domain/reactions';
import type { LinkedPartner } from './find-partner-by-token.server';

/** Everything the public partner page shows. Authorised by the personal link: takes the partner findPartnerByToken found. */
export async function getPartnerLinkPage({ partner }: { partner: LinkedPartner }) {
  const database = await db();
  const { orgId, trajectoryId } = partner;
  const trajectory = await loadTrajectory({ orgId, trajectoryId });
  const organisation = await orgName(orgId, database);
  const rows = await database
    .select({ id: statements.id, text: statements.text, choice: statementReactions.choice, comment: statementReactions.comment })
    .from(statements)
    .leftJoin(
      statementReactions,
      and(eq(statementReactions.statementId, statements.id), eq(statementReactions.partnerId, partner.id), eq(statementReactions.orgId, orgId)),
    )
    .where(inOrg(statements, orgId, eq(statements.trajectoryId, trajectoryId)))
    .orderBy(asc(statements.position), asc(statements.createdAt));
  return {
    orgName: organisation,
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
