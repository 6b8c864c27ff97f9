import { sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { minuteNotes } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { NoteEditInput } from '#app/features/minutes/forms';
import { assertConsent, changeDraft, found, guardedQuotes, noteOf } from './minutes-records.server';

/** Review while the minutes are a draft: the same name guard and consent check as when writing. */
export async function updateMinuteNote(scope: TrajectoryScope & NoteEditInput): Promise<void> {
  authorize(scope, 'minutes.write');
  const quotes = await guardedQuotes(scope, scope);
  await changeDraft(scope, async (tx, announce) => {
    const note = found(await tx.select({ participantId: minuteNotes.participantId }).from(minuteNotes).where(noteOf(scope, scope.noteId)));
    await assertConsent(tx, scope.orgId, note.participantId);
    const row = found(
      await tx
        .update(minuteNotes)
        .set({ kind: scope.kind, summary: scope.summary, quotes, tags: scope.tags, updatedAt: sql`now()` })
        .where(noteOf(scope, scope.noteId))
        .returning({ id: minuteNotes.id }),
    );
    await announce('note-updated', { id: row.id });
  });
}
