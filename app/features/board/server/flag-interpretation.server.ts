import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { publishBoard, requireBoard, requireNote, type StaffOnBoard } from './board-records.server';

/** The guardian marks a note as an interpretation (not the parents' own words), with a comment why. */
export async function flagInterpretation(input: StaffOnBoard & { noteId: string; interpretation: boolean; comment: string }): Promise<void> {
  authorize(input, 'board.curate');
  const { orgId, boardId, interpretation } = input;
  const text = interpretation ? input.comment.trim() : '';
  if (text.length > 280) throw new RuleError('board.noteTooLong', 'comment');
  await (
    await db()
  ).transaction(async (tx) => {
    await requireBoard(tx, input);
    const note = await requireNote(tx, orgId, boardId, input.noteId);
    await tx
      .update(boardNotes)
      .set({ interpretation, interpretationComment: text })
      .where(inOrg(boardNotes, orgId, eq(boardNotes.id, note.id)));
    await publishBoard(tx, orgId, boardId, 'note');
  });
}
