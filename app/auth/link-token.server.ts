// Personal links (listeners, partners, parents): the token in the link is its holder's authorisation.
import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listeners, parentLinks, partners } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';

const linkTables = { listener: listeners, partner: partners, parent: parentLinks };
type LinkKind = keyof typeof linkTables;

/**
 * The row behind a personal link, or 404. This is the one query of a link page that cannot be
 * scoped by organisation; every later query uses the row's orgId with inOrg.
 */
export async function findByLinkToken<K extends LinkKind>(kind: K, token: string): Promise<(typeof linkTables)[K]['$inferSelect']> {
  if (!/^[\w-]{20,100}$/.test(token)) notFound();
  const table = linkTables[kind] as typeof listeners | typeof partners | typeof parentLinks;
  const [row] = await (await db()).select().from(table).where(eq(table.linkToken, token)).limit(1);
  if (!row) notFound();
  return row as (typeof linkTables)[K]['$inferSelect'];
}
