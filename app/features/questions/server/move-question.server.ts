import { db } from '#app/db/client.server';
import { type OrgScope } from '#app/db/scope.server';
import { chosenInOrder, moveInOrder, positionsFor } from '../domain/ordering';
import { questionsOfTrajectory, writePositions } from './trajectory-questions.server';

/** Moves a chosen question one place up or down in the conversation leader's list. */
export async function moveQuestion({
  orgId,
  trajectoryId,
  questionId,
  direction,
}: OrgScope & { trajectoryId: string; questionId: string; direction: 'up' | 'down' }) {
  await (
    await db()
  ).transaction(async (tx) => {
    const { all } = await questionsOfTrajectory(tx, { orgId, trajectoryId, questionId });
    const order = chosenInOrder(all).map((q) => q.id);
    await writePositions(tx, orgId, positionsFor(moveInOrder(order, questionId, direction)));
  });
}
