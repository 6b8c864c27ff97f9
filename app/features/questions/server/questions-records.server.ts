// Reads, checks and helpers shared by the question operations; other features and routes use the operations.
import { eq } from 'drizzle-orm';
import QRCode from 'qrcode';
import { z } from 'zod';
import { db, type Db, type Tx } from '#app/db/client.server';
import { questions } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { config } from '#app/utils/config.server';
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

/** Sets columns of one question of the trajectory, in a transaction; any other question is a 404 (checked before `set` is called). */
export async function changeQuestion(
  { orgId, trajectoryId, questionId }: { orgId: string; trajectoryId: string; questionId: string },
  set: () => { domains?: string[]; text?: string },
) {
  await (
    await db()
  ).transaction(async (tx) => {
    await questionsOfTrajectory(tx, { orgId, trajectoryId, questionId });
    await tx
      .update(questions)
      .set(set())
      .where(inOrg(questions, orgId, eq(questions.id, questionId)));
  });
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

/** The open question link: anyone with it hands in a question, no account needed. */
export const questionLinkUrl = (code: string) => `${config.appUrl}/p/questions/${code}`;

/** A QR code as inline SVG markup: sharp on a projector and on paper, no image file needed. */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
}
