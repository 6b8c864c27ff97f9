import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { partnerLinkUrl } from './partner-records.server';

export type Partner = Awaited<ReturnType<typeof listPartners>>[number];

/**
 * The trajectory's partners in the order they were added. A personal link lets anyone sign for
 * the partner: only people who may edit the trajectory get it (null for the others).
 */
export async function listPartners(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const rows = await (
    await db()
  )
    .select()
    .from(partners)
    .where(inOrg(partners, scope.orgId, eq(partners.trajectoryId, scope.trajectoryId)))
    .orderBy(asc(partners.createdAt), asc(partners.name));
  const showLinks = can(scope, 'trajectory.edit');
  return rows.map(({ linkToken, ...p }) => ({ ...p, link: showLinks ? partnerLinkUrl(linkToken) : null }));
}
