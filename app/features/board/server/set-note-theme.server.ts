import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { assertPhase, publishBoard, requireBoard, requireNote, requireTheme, type StaffOnBoard } from './board-records.server';

/** Puts a note in a theme, or takes it out (themeId null). Same result by drag and drop or keyboard. */
export async function setNoteTheme(input: StaffOnBoard & { noteId: string; themeId: string | null }): Promise<void> {
  authorize(input, 'board.curate');
  const { orgId, boardId, themeId } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    assertPhase(await requireBoard(tx, input), 'cluster');
    const note = await requireNote(tx, orgId, boardId, input.noteId);
    const theme = themeId === null ? null : await requireTheme(tx, orgId, boardId, themeId);
    await tx
      .update(boardNotes)
      .set({ themeId: theme?.id ?? null })
      .where(inOrg(boardNotes, orgId, eq(boardNotes.id, note.id)));
    await publishBoard(tx, orgId, boardId, 'theme');
  });
}
