import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';

/**
 * The partner behind a personal link, or 404. This is the one query of the public partner page
 * that cannot be scoped by organisation: the token is the scope. Every later query uses the
 * partner's orgId with inOrg.
 */
export async function findPartnerByToken(database: Db | Tx, token: string) {
  if (!/^[\w-]{20,100}$/.test(token)) notFound();
  const [partner] = await database.select().from(partners).where(eq(partners.linkToken, token)).limit(1);
  if (!partner) notFound();
  return partner;
}
