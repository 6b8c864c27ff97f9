import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { BoardRuleError } from '../domain/errors';
import { publishBoard, requireBoard, requireNote } from './board-records.server';

/** The guardian marks a note as an interpretation (not the parents' own words), with a comment why. */
export async function flagInterpretation({
  orgId,
  boardId,
  noteId,
  interpretation,
  comment,
}: {
  orgId: string;
  boardId: string;
  noteId: string;
  interpretation: boolean;
  comment: string;
}): Promise<void> {
  const text = interpretation ? comment.trim() : '';
  if (text.length > 280) throw new BoardRuleError('board.noteTooLong', 'comment');
  await (
    await db()
  ).transaction(async (tx) => {
    await requireBoard(tx, orgId, boardId);
    const note = await requireNote(tx, orgId, boardId, noteId);
    await tx
      .update(boardNotes)
      .set({ interpretation, interpretationComment: text })
      .where(inOrg(boardNotes, orgId, eq(boardNotes.id, note.id)));
    await publishBoard(tx, orgId, boardId, 'note');
  });
}
