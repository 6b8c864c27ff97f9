import { db } from '#app/db/client.server';
import { submitQuestion } from '#app/features/questions/server/submit-question.server';
import { findListenerByToken } from './find-listener-by-token.server';

/** A question for the conversation leader, handed in through the listener's personal link. */
export async function handInQuestion({ token, text }: { token: string; text: string }) {
  const listener = await findListenerByToken(await db(), token);
  return submitQuestion({ orgId: listener.orgId, trajectoryId: listener.trajectoryId, listenerId: listener.id, text });
}
