import { orgName } from '#app/db/org-name.server';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { rsvpOf } from '../domain/rsvp';
import type { LinkedListener } from './find-listener-by-token.server';
import { listenerMeetings } from './listener-records.server';

/** Everything the public listener page shows. Authorised by the personal link: takes the listener findListenerByToken found. */
export async function getListenerLinkPage({ listener }: { listener: LinkedListener }) {
  const database = await db();
  const { orgId, trajectoryId } = listener;
  const trajectory = await loadTrajectory({ orgId, trajectoryId });
  const organisation = await orgName(orgId, database);
  // Only the text: how the workgroup curates a question is not the listener's business.
  const handedIn = await database
    .select({ id: questions.id, text: questions.text })
    .from(questions)
    .where(inOrg(questions, orgId, and(eq(questions.trajectoryId, trajectoryId), eq(questions.listenerId, listener.id))))
    .orderBy(asc(questions.createdAt));
  return {
    orgName: organisation,
    trajectoryTitle: trajectory.title,
    listener: { name: listener.name, rsvpMirror: rsvpOf(listener, 'mirror'), rsvpFollowUp: rsvpOf(listener, 'follow_up') },
    meetings: await listenerMeetings({ orgId, trajectoryId }, database),
    questions: handedIn,
  };
}
