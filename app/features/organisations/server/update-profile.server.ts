import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { users } from '#app/db/schema';

export async function updateProfile({ userId, name, locale }: { userId: string; name: string; locale: 'nl' | 'en' }) {
  await (await db()).update(users).set({ name, locale }).where(eq(users.id, userId));
}
