import { and, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNoteQuotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { finalisedQuotes, isUuid, publishBoard, requireBoard, requireNote, type StaffOnBoard } from './board-records.server';

/**
 * Links a note to a literal quote of the finalised minutes, keeping a copy of the quote's words
 * (linked: true), or takes the link away again (linked: false).
 */
export async function linkQuote(input: StaffOnBoard & { noteId: string; minuteNoteId: string; quoteIndex: number; linked: boolean }): Promise<void> {
  authorize(input, 'board.curate');
  const { orgId, boardId, minuteNoteId, quoteIndex } = input;
  if (!isUuid(minuteNoteId)) notFound();
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, input);
    const note = await requireNote(tx, orgId, boardId, input.noteId);
    if (input.linked) {
      const source = (await finalisedQuotes(tx, orgId, board.trajectoryId)).find((q) => q.minuteNoteId === minuteNoteId && q.quoteIndex === quoteIndex);
      if (!source) notFound();
      await tx
        .insert(boardNoteQuotes)
        .values({ orgId, noteId: note.id, minuteNoteId, quoteIndex, quote: source.quote, linkedBy: input.actor.userId })
        .onConflictDoNothing();
    } else {
      const link = and(eq(boardNoteQuotes.noteId, note.id), eq(boardNoteQuotes.minuteNoteId, minuteNoteId), eq(boardNoteQuotes.quoteIndex, quoteIndex));
      await tx.delete(boardNoteQuotes).where(inOrg(boardNoteQuotes, orgId, link));
    }
    await publishBoard(tx, orgId, boardId, 'note');
  });
}
