import { authorize } from '#app/auth/authorize.server';
import { minuteNotes } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { changeDraft, found, noteOf } from './minutes-records.server';

/** Takes a note out while the minutes are a draft. */
export async function deleteMinuteNote(scope: TrajectoryScope & { noteId: string }): Promise<void> {
  authorize(scope, 'minutes.write');
  await changeDraft(scope, async (tx, announce) => {
    const row = found(await tx.delete(minuteNotes).where(noteOf(scope, scope.noteId)).returning({ id: minuteNotes.id }));
    await announce('note-deleted', { id: row.id });
  });
}
