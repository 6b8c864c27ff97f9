import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { chosenInOrder, positionsFor } from '../domain/ordering';
import { questionsOfTrajectory, writePositions } from './questions-records.server';

export type StatusChange = 'choose' | 'setAside' | 'restore';

/**
 * Chooses a question for the conversation leader (it goes to the end of the list), sets it
 * aside, or puts it back among the handed-in questions. A merged question is first restored
 * (it stops pointing to the kept one). The chosen list is renumbered without gaps.
 */
export async function setQuestionStatus(input: TrajectoryScope & { questionId: string; change: StatusChange }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, questionId, change } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const { all, question } = await questionsOfTrajectory(tx, { orgId, trajectoryId, questionId });
    const status = change === 'choose' ? 'chosen' : change === 'setAside' ? 'set_aside' : 'submitted';
    await tx
      .update(questions)
      .set({ status, mergedIntoId: null, position: null })
      .where(inOrg(questions, orgId, eq(questions.id, question.id)));
    const others = chosenInOrder(all)
      .filter((q) => q.id !== question.id)
      .map((q) => q.id);
    await writePositions(tx, orgId, positionsFor(status === 'chosen' ? [...others, question.id] : others));
  });
}
