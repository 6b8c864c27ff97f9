import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import type { ListenerMeeting, RsvpChoice } from '../domain/rsvp';
import { findListenerByToken } from './find-listener-by-token.server';

/** The listener says yes, no or maybe to one meeting, through their personal link; they may change it later. */
export async function answerRsvp({ token, meeting, answer }: { token: string; meeting: ListenerMeeting; answer: RsvpChoice }) {
  const database = await db();
  const listener = await findListenerByToken(database, token);
  await database
    .update(listeners)
    .set(meeting === 'mirror' ? { rsvpMirror: answer } : { rsvpFollowUp: answer })
    .where(inOrg(listeners, listener.orgId, eq(listeners.id, listener.id)));
}
