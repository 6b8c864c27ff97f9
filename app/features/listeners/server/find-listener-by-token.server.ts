import { eq } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';

/**
 * The listener behind a personal link, or 404. The one query of the public listener page that
 * cannot be scoped by organisation: the token is the scope. Later queries use its orgId with inOrg.
 */
export async function findListenerByToken(database: Db | Tx, token: string) {
  if (!/^[\w-]{20,100}$/.test(token)) notFound();
  const [listener] = await database.select().from(listeners).where(eq(listeners.linkToken, token)).limit(1);
  if (!listener) notFound();
  return listener;
}
