import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { questionsOfTrajectory } from './trajectory-questions.server';

/** The workgroup rewrites a question in plain language. */
export async function updateQuestionText({ orgId, trajectoryId, questionId, text }: OrgScope & { trajectoryId: string; questionId: string; text: string }) {
  await (
    await db()
  ).transaction(async (tx) => {
    await questionsOfTrajectory(tx, { orgId, trajectoryId, questionId });
    await tx
      .update(questions)
      .set({ text })
      .where(inOrg(questions, orgId, eq(questions.id, questionId)));
  });
}
