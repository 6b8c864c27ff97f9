import { submitQuestion } from '#app/features/questions/server/submit-question.server';
import type { LinkedListener } from './find-listener-by-token.server';

/** A question for the conversation leader. Authorised by the personal link: takes the listener findListenerByToken found. */
export async function handInQuestion({ listener, text }: { listener: LinkedListener; text: string }) {
  return submitQuestion({ orgId: listener.orgId, trajectoryId: listener.trajectoryId, listenerId: listener.id, text });
}
