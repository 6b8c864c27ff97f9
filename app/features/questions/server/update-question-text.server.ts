import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { changeQuestion } from './questions-records.server';

/** The workgroup rewrites a question in plain language. */
export async function updateQuestionText(input: TrajectoryScope & { questionId: string; text: string }) {
  authorize(input, 'trajectory.edit');
  await changeQuestion(input, () => ({ text: input.text }));
}
