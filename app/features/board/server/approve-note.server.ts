import { and, asc, eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNoteQuotes, boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import type { BoardChange } from '../domain/live';
import { publishBoard, requireBoard, requireNote, type StaffOnBoard } from './board-records.server';

/**
 * "Tonen": the facilitator (or guardian) shows a note that waited on a moderated board (issue 14, 5e).
 * The note and its event commit together; the event carries the note as a new note is carried, so
 * the projector and the phones show it without reloading, after the notes already shown (decision 0011).
 * Showing a note that is already shown changes nothing; a hidden waiting note is restored first.
 */
export async function approveNote(input: StaffOnBoard & { noteId: string }): Promise<void> {
  authorize(input, 'board.curate');
  const { orgId, boardId } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, input, 'update');
    if (board.phase === 'closed') throw new RuleError('board.wrongPhase');
    const note = await requireNote(tx, orgId, boardId, input.noteId);
    if (note.shownAt !== null) return;
    if (note.hiddenAt !== null) throw new RuleError('board.noteApproveHidden', 'noteId');
    await tx
      .update(boardNotes)
      .set({ shownAt: sql`now()` })
      .where(inOrg(boardNotes, orgId, and(eq(boardNotes.id, note.id), eq(boardNotes.boardId, boardId))));
    const quotes = await tx
      .select({ minuteNoteId: boardNoteQuotes.minuteNoteId, quoteIndex: boardNoteQuotes.quoteIndex, quote: boardNoteQuotes.quote })
      .from(boardNoteQuotes)
      .where(inOrg(boardNoteQuotes, orgId, eq(boardNoteQuotes.noteId, note.id)))
      .orderBy(asc(boardNoteQuotes.createdAt));
    const change: BoardChange = {
      kind: 'note',
      note: {
        id: note.id,
        column: note.column,
        text: note.text,
        themeId: note.themeId,
        onBehalf: note.onBehalf,
        interpretation: note.interpretation,
        interpretationComment: note.interpretationComment,
        quotes,
      },
    };
    await publishBoard(tx, orgId, boardId, 'note', { change });
  });
}
