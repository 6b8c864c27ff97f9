import { asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { listenerLinkUrl } from './listener-link-url.server';

export type Listener = Awaited<ReturnType<typeof listListeners>>[number];

/** The trajectory's listeners in the order they were added, each with its personal link. */
export async function listListeners({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }) {
  const rows = await (
    await db()
  )
    .select()
    .from(listeners)
    .where(inOrg(listeners, orgId, eq(listeners.trajectoryId, trajectoryId)))
    .orderBy(asc(listeners.createdAt), asc(listeners.name));
  return rows.map(({ linkToken, ...l }) => ({ ...l, link: listenerLinkUrl(linkToken) }));
}
