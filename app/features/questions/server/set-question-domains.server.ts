import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { QUESTION_DOMAINS, type QuestionDomain } from '../domain/domains';
import { questionsOfTrajectory } from './trajectory-questions.server';

/** Replaces the domain tags of a question (kept in the fixed order of the list). */
export async function setQuestionDomains({
  orgId,
  trajectoryId,
  questionId,
  domains,
}: OrgScope & { trajectoryId: string; questionId: string; domains: readonly QuestionDomain[] }) {
  const ordered = QUESTION_DOMAINS.filter((d) => domains.includes(d));
  await (
    await db()
  ).transaction(async (tx) => {
    await questionsOfTrajectory(tx, { orgId, trajectoryId, questionId });
    await tx
      .update(questions)
      .set({ domains: ordered })
      .where(inOrg(questions, orgId, eq(questions.id, questionId)));
  });
}
