import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { type DeviceMember, publishBoard } from './board-records.server';
import { requireOwnNote } from './own-note-records.server';

/** A phone deletes its own note while the note's phase is open; it leaves every screen at once. */
export async function deleteOwnNote(input: DeviceMember & { noteId: string }): Promise<{ id: string }> {
  const { orgId, boardId } = input;
  return (await db()).transaction(async (tx) => {
    const { noteId } = await requireOwnNote(tx, input);
    // Its quote links go with it (ON DELETE CASCADE).
    await tx.delete(boardNotes).where(inOrg(boardNotes, orgId, eq(boardNotes.id, noteId)));
    await publishBoard(tx, orgId, boardId, 'note', { change: { kind: 'note-gone', noteId } });
    return { id: noteId };
  });
}
