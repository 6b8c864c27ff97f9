import { desc } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { mailOutbox } from '#app/db/schema';
import { config } from '#app/utils/config.server';
import { fromThisMachine, notFound } from '#app/utils/http.server';

/**
 * The development outbox; a 404 whenever real mail is configured or in production, and for anyone
 * but this machine itself: the mails hold sign-in links, and `npm start` may listen on a network.
 */
export async function listOutbox(request: Request) {
  if (!config.outboxEnabled || !fromThisMachine(request)) notFound();
  return (await db()).select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(50);
}
