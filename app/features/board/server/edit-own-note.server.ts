import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { noteText } from '../domain/texts';
import { type DeviceMember, knownOnBoard, publishBoard } from './board-records.server';
import { requireOwnNote } from './own-note-records.server';

/**
 * A phone changes the text of its own note while the note's phase is open. The name guard checks
 * the new text as it checks a new note; every phone gets the new text pushed (decision 0011), unless
 * the note still waits for the facilitator.
 */
export async function editOwnNote(input: DeviceMember & { noteId: string; text: string }): Promise<{ id: string; waiting: boolean }> {
  const { orgId, boardId } = input;
  return (await db()).transaction(async (tx) => {
    const { board, noteId, waiting } = await requireOwnNote(tx, input);
    const text = noteText(input.text, await knownOnBoard(tx, board));
    await tx
      .update(boardNotes)
      .set({ text })
      .where(inOrg(boardNotes, orgId, eq(boardNotes.id, noteId)));
    // A note waiting for the facilitator is on no other phone: its new text travels nowhere (its own phone reloads).
    await publishBoard(tx, orgId, boardId, 'note', { change: waiting ? { kind: 'quiet' } : { kind: 'note-text', noteId, text } });
    return { id: noteId, waiting };
  });
}
