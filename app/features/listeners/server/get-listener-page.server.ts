import { and, asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { organisations, questions, trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { rsvpOf } from '../domain/rsvp';
import { findListenerByToken } from './find-listener-by-token.server';
import { listListenerMeetings } from './list-listener-meetings.server';

/** Everything the public listener page shows, found through the listener's personal link. */
export async function getListenerPage({ token }: { token: string }) {
  const database = await db();
  const listener = await findListenerByToken(database, token);
  const { orgId, trajectoryId } = listener;
  const [trajectory] = await database
    .select({ title: trajectories.title })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
  if (!trajectory) notFound();
  const [org] = await database.select({ name: organisations.name }).from(organisations).where(eq(organisations.id, orgId));
  // Only the text: how the workgroup curates a question is not the listener's business.
  const handedIn = await database
    .select({ id: questions.id, text: questions.text })
    .from(questions)
    .where(inOrg(questions, orgId, and(eq(questions.trajectoryId, trajectoryId), eq(questions.listenerId, listener.id))))
    .orderBy(asc(questions.createdAt));
  return {
    orgName: org?.name ?? '',
    trajectoryTitle: trajectory.title,
    listener: { name: listener.name, rsvpMirror: rsvpOf(listener, 'mirror'), rsvpFollowUp: rsvpOf(listener, 'follow_up') },
    meetings: await listListenerMeetings({ orgId, trajectoryId }, database),
    questions: handedIn,
  };
}
