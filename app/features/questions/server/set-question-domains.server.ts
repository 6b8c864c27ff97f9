import { authorize } from '#app/auth/authorize.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { QUESTION_DOMAINS, type QuestionDomain } from '../domain/domains';
import { changeQuestion } from './questions-records.server';

/** Replaces the domain tags of a question (kept in the fixed order of the list). */
export async function setQuestionDomains(input: TrajectoryScope & { questionId: string; domains: readonly QuestionDomain[] }) {
  authorize(input, 'trajectory.edit');
  await changeQuestion(input, () => ({ domains: QUESTION_DOMAINS.filter((d) => input.domains.includes(d)) }));
}
