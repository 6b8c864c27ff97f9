import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { users } from '#app/db/schema';
import { hashToken, newToken } from '#app/utils/tokens.server';

/** Makes the signed-in person a new feed link; the old one stops working. Returns the new token. */
export async function renewCalendarFeed({ userId }: { userId: string }): Promise<string> {
  const token = newToken();
  await (
    await db()
  )
    .update(users)
    .set({ calendarTokenHash: hashToken(token) })
    .where(eq(users.id, userId));
  return token;
}
