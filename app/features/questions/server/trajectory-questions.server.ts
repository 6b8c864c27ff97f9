import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

export type QuestionRow = typeof questions.$inferSelect;

/**
 * All questions of one trajectory in the organisation, and the one addressed by id: a question
 * of another trajectory or organisation (or a malformed id) is a 404. Shared by the curation
 * operations, which each run it inside their own transaction.
 */
export async function questionsOfTrajectory(
  database: Db | Tx,
  { orgId, trajectoryId, questionId }: { orgId: string; trajectoryId: string; questionId: string },
) {
  if (!z.uuid().safeParse(questionId).success || !z.uuid().safeParse(trajectoryId).success) notFound();
  const all = await database
    .select()
    .from(questions)
    .where(inOrg(questions, orgId, eq(questions.trajectoryId, trajectoryId)));
  const question = all.find((q) => q.id === questionId);
  if (!question) notFound();
  return { all, question };
}

/** Writes new positions for the chosen questions (1..n). */
export async function writePositions(tx: Tx, orgId: string, positions: { id: string; position: number }[]) {
  for (const { id, position } of positions) {
    await tx
      .update(questions)
      .set({ position })
      .where(inOrg(questions, orgId, eq(questions.id, id)));
  }
}
