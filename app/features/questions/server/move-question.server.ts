import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { chosenInOrder, moveInOrder, positionsFor } from '../domain/ordering';
import { questionsOfTrajectory, writePositions } from './questions-records.server';

/** Moves a chosen question one place up or down in the conversation leader's list. */
export async function moveQuestion(input: TrajectoryScope & { questionId: string; direction: 'up' | 'down' }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, questionId, direction } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const { all } = await questionsOfTrajectory(tx, { orgId, trajectoryId, questionId });
    const order = chosenInOrder(all).map((q) => q.id);
    await writePositions(tx, orgId, positionsFor(moveInOrder(order, questionId, direction)));
  });
}
