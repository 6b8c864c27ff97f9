import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { publishBoard, requireBoard, requireNote, type StaffOnBoard } from './board-records.server';

/**
 * The facilitator (or guardian) hides a note from the phones and the projector, or puts it back
 * ("Terugzetten"): hiding is the board's undoable removal. Hiding is pushed to the phones as the
 * note leaving; restoring carries no change, so phones read the board once and get the note back in
 * its place with its "yours" mark (rare, like other facilitator changes: decision 0011).
 */
export async function hideNote(input: StaffOnBoard & { noteId: string; hidden: boolean }): Promise<void> {
  authorize(input, 'board.curate');
  const { orgId, boardId, hidden } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, input, 'update');
    // The closed board is the record of the session: its notes stay as they were.
    if (board.phase === 'closed') throw new RuleError('board.wrongPhase');
    const note = await requireNote(tx, orgId, boardId, input.noteId);
    if ((note.hiddenAt !== null) === hidden) return;
    await tx
      .update(boardNotes)
      .set({ hiddenAt: hidden ? sql`now()` : null })
      .where(inOrg(boardNotes, orgId, and(eq(boardNotes.id, note.id), eq(boardNotes.boardId, boardId))));
    await publishBoard(tx, orgId, boardId, 'note', hidden ? { change: { kind: 'note-gone', noteId: note.id } } : {});
  });
}
