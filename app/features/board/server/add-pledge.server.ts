import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '#app/db/client.server';
import { boardPledges } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { enqueueJob } from '#app/jobs/enqueue-job.server';
import { notFound } from '#app/utils/http.server';
import { BoardRuleError } from '../domain/errors';
import { assertPhase, assertText, publishBoard, requireBoard, requireMemberOrNull } from './board-records.server';

const DEFAULT_WEEKS = 4;
const DAY_MS = 24 * 3600 * 1000;

/** A personal pledge; with an e-mail address, a reminder job is queued for reminderWeeks later. */
export async function addPledge({
  orgId,
  boardId,
  memberId,
  text,
  reminderEmail,
  reminderWeeks,
  key,
}: {
  orgId: string;
  boardId: string;
  memberId: string | null;
  text: string;
  reminderEmail: string;
  reminderWeeks: number | null;
  key: string;
}): Promise<{ id: string; duplicate: boolean }> {
  const email = reminderEmail.trim();
  if (email !== '' && !z.email().safeParse(email).success) throw new BoardRuleError('board.pledgeEmailInvalid', 'email');
  const weeks = email === '' ? null : (reminderWeeks ?? DEFAULT_WEEKS);
  if (weeks !== null && (!Number.isInteger(weeks) || weeks < 1 || weeks > 26)) throw new BoardRuleError('board.pledgeWeeksInvalid', 'weeks');
  return (await db()).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    const byKey = () =>
      tx
        .select({ id: boardPledges.id })
        .from(boardPledges)
        .where(inOrg(boardPledges, orgId, and(eq(boardPledges.boardId, boardId), eq(boardPledges.idempotencyKey, key))));
    const [sent] = await byKey();
    if (sent) return { id: sent.id, duplicate: true };
    assertPhase(board, 'pledge');
    const member = await requireMemberOrNull(tx, orgId, boardId, memberId);
    const [inserted] = await tx
      .insert(boardPledges)
      .values({ orgId, boardId, memberId: member, text: assertText(text), reminderEmail: email, reminderWeeks: weeks, idempotencyKey: key })
      .onConflictDoNothing({ target: boardPledges.idempotencyKey })
      .returning({ id: boardPledges.id });
    if (!inserted) {
      const [again] = await byKey();
      if (!again) notFound();
      return { id: again.id, duplicate: true };
    }
    if (weeks !== null) {
      // The job carries ids only; the address stays in the pledge until the reminder is sent.
      await enqueueJob(tx, { kind: 'pledge-reminder', payload: { orgId, pledgeId: inserted.id }, runAt: new Date(Date.now() + weeks * 7 * DAY_MS) });
    }
    await publishBoard(tx, orgId, boardId, 'pledge', key);
    return { id: inserted.id, duplicate: false };
  });
}
