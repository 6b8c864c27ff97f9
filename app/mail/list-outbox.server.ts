import { desc } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { mailOutbox } from '#app/db/schema';
import { config } from '#app/utils/config.server';
import { notFound } from '#app/utils/http.server';

/** The development outbox; a 404 whenever real mail is configured or in production. */
export async function listOutbox() {
  if (!config.outboxEnabled) notFound();
  return (await db()).select().from(mailOutbox).orderBy(desc(mailOutbox.createdAt)).limit(50);
}
