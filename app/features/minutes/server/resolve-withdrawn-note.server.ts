import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNoteQuotes, minuteNotes } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { REMOVED_TEXT } from '#app/features/minutes/domain/consent';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { found, noteOf } from './minutes-records.server';

/**
 * The lead resolves a note flagged because its parent withdrew consent after the minutes were
 * final: the text is replaced by "[verwijderd]", the quotes and the board's links to them go, the flag is cleared.
 */
export async function resolveWithdrawnNote(scope: TrajectoryScope & { noteId: string }): Promise<void> {
  authorize(scope, 'minutes.resolveConsent');
  const { orgId, trajectoryId } = scope;
  await (
    await db()
  ).transaction(async (tx) => {
    const row = found(
      await tx
        .update(minuteNotes)
        .set({ summary: REMOVED_TEXT, quotes: [], consentWithdrawnAt: null, updatedAt: sql`now()` })
        .where(and(noteOf(scope, scope.noteId), isNotNull(minuteNotes.consentWithdrawnAt)))
        .returning({ id: minuteNotes.id }),
    );
    await tx.delete(boardNoteQuotes).where(inOrg(boardNoteQuotes, orgId, eq(boardNoteQuotes.minuteNoteId, row.id)));
    await publish(tx, { orgId, channel: channelFor(trajectoryId, 'minutes'), kind: 'note-resolved', payload: { id: row.id } });
  });
}
