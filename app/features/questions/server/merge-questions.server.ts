import { eq, inArray } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { planMerge } from '../domain/ordering';
import { questionsOfTrajectory, writePositions } from './questions-records.server';

const refusal = {
  same: 'questions.mergeSame',
  keptIsMerged: 'questions.mergeKeptIsMerged',
  alreadyMerged: 'questions.mergeAlreadyMerged',
} as const;

/**
 * Merges a question into the one the workgroup keeps: it gets status "merged" and points to the
 * kept question (as do questions merged into it before); the kept one takes its domain tags.
 * A merge that makes no sense (same question, kept one merged) is a RuleError on `keptId`.
 */
export async function mergeQuestions(input: TrajectoryScope & { questionId: string; keptId: string }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, questionId, keptId } = input;
  return (await db()).transaction(async (tx) => {
    const { all } = await questionsOfTrajectory(tx, { orgId, trajectoryId, questionId });
    if (!all.some((q) => q.id === keptId)) notFound();
    const plan = planMerge(all, questionId, keptId);
    if (!plan.ok) throw new RuleError(refusal[plan.reason], 'keptId');
    await tx
      .update(questions)
      .set({ status: 'merged', mergedIntoId: keptId, position: null })
      .where(inOrg(questions, orgId, inArray(questions.id, plan.redirected)));
    await tx
      .update(questions)
      .set({ domains: plan.keptDomains })
      .where(inOrg(questions, orgId, eq(questions.id, keptId)));
    await writePositions(tx, orgId, plan.positions);
    return plan;
  });
}
