import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { assertPhase, publishBoard, requireBoard, requireNote, requireTheme } from './board-records.server';

/** Puts a note in a theme, or takes it out (themeId null). Same result by drag and drop or keyboard. */
export async function setNoteTheme({
  orgId,
  boardId,
  noteId,
  themeId,
}: {
  orgId: string;
  boardId: string;
  noteId: string;
  themeId: string | null;
}): Promise<void> {
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    assertPhase(board, 'cluster');
    const note = await requireNote(tx, orgId, boardId, noteId);
    const theme = themeId === null ? null : await requireTheme(tx, orgId, boardId, themeId);
    await tx
      .update(boardNotes)
      .set({ themeId: theme?.id ?? null })
      .where(inOrg(boardNotes, orgId, eq(boardNotes.id, note.id)));
    await publishBoard(tx, orgId, boardId, 'theme');
  });
}
