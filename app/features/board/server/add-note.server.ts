import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { BoardRuleError } from '../domain/errors';
import { columnsFor, phaseAllows } from '../domain/phases';
import type { NoteColumn } from '../domain/types';
import { assertPhase, assertText, publishBoard, requireBoard, requireMemberOrNull } from './board-records.server';

/** Adds a sticky note (idempotent on key). Throws BoardRuleError when the phase does not take this column. */
export async function addNote({
  orgId,
  boardId,
  memberId,
  column,
  text,
  onBehalf,
  key,
}: {
  orgId: string;
  boardId: string;
  memberId: string | null;
  column: NoteColumn;
  text: string;
  onBehalf: boolean;
  key: string;
}): Promise<{ id: string; duplicate: boolean }> {
  return (await db()).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    const byKey = () =>
      tx
        .select({ id: boardNotes.id })
        .from(boardNotes)
        .where(inOrg(boardNotes, orgId, and(eq(boardNotes.boardId, boardId), eq(boardNotes.idempotencyKey, key))));
    // A retry of a note that was stored is answered before the phase rules: the phase may have moved
    // on. Only looked up when the rules refuse; otherwise the insert below notices a retry.
    if (!phaseAllows(board.phase, 'note') || !columnsFor(board.phase).includes(column)) {
      const [sent] = await byKey();
      if (sent) return { id: sent.id, duplicate: true };
    }
    assertPhase(board, 'note');
    if (!columnsFor(board.phase).includes(column)) throw new BoardRuleError('board.columnClosed', 'column');
    const member = await requireMemberOrNull(tx, orgId, boardId, memberId);
    const [inserted] = await tx
      .insert(boardNotes)
      .values({ orgId, boardId, memberId: member, column, text: assertText(text), onBehalf, idempotencyKey: key })
      .onConflictDoNothing({ target: boardNotes.idempotencyKey })
      .returning({ id: boardNotes.id });
    if (!inserted) {
      // Stored meanwhile by a parallel retry, or the key belongs to another board.
      const [again] = await byKey();
      if (!again) notFound();
      return { id: again.id, duplicate: true };
    }
    await publishBoard(tx, orgId, boardId, 'note', key);
    return { id: inserted.id, duplicate: false };
  });
}
