import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';

export type LinkedPartner = typeof partners.$inferSelect;

/**
 * The partner behind a personal link, or 404. The link is the partner's authorisation: the
 * public page's operations take the partner found here. This is the one query of that page that
 * cannot be scoped by organisation; every later query uses the partner's orgId with inOrg.
 */
export async function findPartnerByToken(token: string): Promise<LinkedPartner> {
  if (!/^[\w-]{20,100}$/.test(token)) notFound();
  const [partner] = await (await db()).select().from(partners).where(eq(partners.linkToken, token)).limit(1);
  if (!partner) notFound();
  return partner;
}
