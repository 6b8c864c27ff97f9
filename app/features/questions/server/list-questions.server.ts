import { and, asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { listeners, questions } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';

/** The trajectory's questions in the order they came in, with the listener's name when handed in through a personal link. */
export async function listQuestions(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const { orgId, trajectoryId } = scope;
  return (await db())
    .select({
      id: questions.id,
      text: questions.text,
      domains: questions.domains,
      status: questions.status,
      mergedIntoId: questions.mergedIntoId,
      position: questions.position,
      createdAt: questions.createdAt,
      listenerName: listeners.name,
    })
    .from(questions)
    .leftJoin(listeners, and(eq(listeners.id, questions.listenerId), eq(listeners.orgId, orgId)))
    .where(inOrg(questions, orgId, eq(questions.trajectoryId, trajectoryId)))
    .orderBy(asc(questions.createdAt), asc(questions.id));
}
