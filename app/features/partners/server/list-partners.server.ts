import { asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { partnerLinkUrl } from './partner-link-url.server';

export type Partner = Awaited<ReturnType<typeof listPartners>>[number];

/** The trajectory's partners in the order they were added, each with its personal link. */
export async function listPartners({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }) {
  const rows = await (
    await db()
  )
    .select()
    .from(partners)
    .where(inOrg(partners, orgId, eq(partners.trajectoryId, trajectoryId)))
    .orderBy(asc(partners.createdAt), asc(partners.name));
  return rows.map(({ linkToken, ...p }) => ({ ...p, link: partnerLinkUrl(linkToken) }));
}
