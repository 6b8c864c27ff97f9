import { eq, inArray } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { planMerge } from '../domain/ordering';
import { questionsOfTrajectory, writePositions } from './trajectory-questions.server';

/**
 * Merges a question into the one the workgroup keeps: it gets status "merged" and points to the
 * kept question (as do questions merged into it before); the kept one takes its domain tags.
 * Returns the refusal reason when the merge makes no sense (same question, kept one merged).
 */
export async function mergeQuestions({ orgId, trajectoryId, questionId, keptId }: OrgScope & { trajectoryId: string; questionId: string; keptId: string }) {
  return (await db()).transaction(async (tx) => {
    const { all } = await questionsOfTrajectory(tx, { orgId, trajectoryId, questionId });
    if (!all.some((q) => q.id === keptId)) notFound();
    const plan = planMerge(all, questionId, keptId);
    if (!plan.ok) return plan;
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
