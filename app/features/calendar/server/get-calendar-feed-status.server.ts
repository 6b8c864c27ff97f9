import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { users } from '#app/db/schema';

/** Whether the signed-in person has a feed link (the link itself is shown only when made: it is stored hashed). */
export async function getCalendarFeedStatus({ userId }: { userId: string }): Promise<{ hasFeed: boolean }> {
  const [user] = await (await db()).select({ hash: users.calendarTokenHash }).from(users).where(eq(users.id, userId));
  return { hasFeed: Boolean(user?.hash) };
}
