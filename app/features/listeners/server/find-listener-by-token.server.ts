import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';

export type LinkedListener = typeof listeners.$inferSelect;

/**
 * The listener behind a personal link, or 404. The link is the listener's authorisation: the
 * public page's operations take the listener found here. The one query of that page that cannot
 * be scoped by organisation; later queries use its orgId with inOrg.
 */
export async function findListenerByToken(token: string): Promise<LinkedListener> {
  if (!/^[\w-]{20,100}$/.test(token)) notFound();
  const [listener] = await (await db()).select().from(listeners).where(eq(listeners.linkToken, token)).limit(1);
  if (!listener) notFound();
  return listener;
}
