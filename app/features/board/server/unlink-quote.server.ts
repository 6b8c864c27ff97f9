import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardNoteQuotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { isUuid, publishBoard, requireBoard, requireNote } from './board-records.server';

export async function unlinkQuote({
  orgId,
  boardId,
  noteId,
  minuteNoteId,
  quoteIndex,
}: {
  orgId: string;
  boardId: string;
  noteId: string;
  minuteNoteId: string;
  quoteIndex: number;
}): Promise<void> {
  if (!isUuid(minuteNoteId)) notFound();
  await (
    await db()
  ).transaction(async (tx) => {
    await requireBoard(tx, orgId, boardId);
    const note = await requireNote(tx, orgId, boardId, noteId);
    await tx
      .delete(boardNoteQuotes)
      .where(
        inOrg(
          boardNoteQuotes,
          orgId,
          and(eq(boardNoteQuotes.noteId, note.id), eq(boardNoteQuotes.minuteNoteId, minuteNoteId), eq(boardNoteQuotes.quoteIndex, quoteIndex)),
        ),
      );
    await publishBoard(tx, orgId, boardId, 'note');
  });
}
