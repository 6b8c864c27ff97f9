import { db } from '#app/db/client.server';
import { findListenerByToken } from './find-listener-by-token.server';

/** For the public page's action: an unknown link is a 404 before any input is judged. */
export async function requireListenerLink({ token }: { token: string }): Promise<void> {
  await findListenerByToken(await db(), token);
}
