import { db } from '#app/db/client.server';
import { boardNoteQuotes } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import { isUuid, publishBoard, requireBoard, requireNote } from './board-records.server';
import { finalisedQuotes } from './search-quotes.server';

/** Links a note to a literal quote of the finalised minutes, keeping a copy of the quote's words. */
export async function linkQuote({
  orgId,
  actorId,
  boardId,
  noteId,
  minuteNoteId,
  quoteIndex,
}: {
  orgId: string;
  actorId: string;
  boardId: string;
  noteId: string;
  minuteNoteId: string;
  quoteIndex: number;
}): Promise<void> {
  if (!isUuid(minuteNoteId)) notFound();
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    const note = await requireNote(tx, orgId, boardId, noteId);
    const source = (await finalisedQuotes(tx, orgId, board.trajectoryId)).find((q) => q.minuteNoteId === minuteNoteId && q.quoteIndex === quoteIndex);
    if (!source) notFound();
    await tx.insert(boardNoteQuotes).values({ orgId, noteId: note.id, minuteNoteId, quoteIndex, quote: source.quote, linkedBy: actorId }).onConflictDoNothing();
    await publishBoard(tx, orgId, boardId, 'note');
  });
}
