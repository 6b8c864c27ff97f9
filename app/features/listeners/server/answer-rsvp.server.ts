import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import type { ListenerMeeting, RsvpChoice } from '../domain/rsvp';
import type { LinkedListener } from './find-listener-by-token.server';

/**
 * The listener says yes, no or maybe to one meeting; they may change it later. Authorised by the
 * personal link: takes the listener findListenerByToken found.
 */
export async function answerRsvp({ listener, meeting, answer }: { listener: LinkedListener; meeting: ListenerMeeting; answer: RsvpChoice }) {
  await (
    await db()
  )
    .update(listeners)
    .set(meeting === 'mirror' ? { rsvpMirror: answer } : { rsvpFollowUp: answer })
    .where(inOrg(listeners, listener.orgId, eq(listeners.id, listener.id)));
}
