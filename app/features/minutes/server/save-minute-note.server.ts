import { and, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { minuteNotes, participants } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import type { NewNoteInput } from '#app/features/minutes/forms';
import { assertConsent, changeDraft, found, guardedQuotes } from './minutes-records.server';

/**
 * Stores a note once per idempotency key: a device that retries after a lost response gets the
 * same note back instead of a second one. Text that names a participant, or a note attributed to a
 * parent who said no to the minutes, is refused (a RuleError), nothing stored.
 */
export async function saveMinuteNote(scope: TrajectoryScope & NewNoteInput): Promise<{ id: string; duplicate: boolean }> {
  authorize(scope, 'minutes.write');
  const { orgId, trajectoryId, idempotencyKey } = scope;
  const quotes = await guardedQuotes(scope, scope);
  return changeDraft(scope, async (tx, announce) => {
    const participant = scope.participantId
      ? found(
          await tx
            .select({ id: participants.id })
            .from(participants)
            .where(inOrg(participants, orgId, and(eq(participants.id, scope.participantId), eq(participants.trajectoryId, trajectoryId)))),
        )
      : null;
    // A parent who said no to the minutes is not written down (a RuleError, nothing stored).
    await assertConsent(tx, orgId, participant?.id ?? null);
    const [inserted] = await tx
      .insert(minuteNotes)
      .values({
        orgId,
        trajectoryId,
        questionKey: scope.questionKey,
        questionText: scope.questionText,
        participantId: participant?.id ?? null,
        kind: scope.kind,
        summary: scope.summary,
        quotes,
        tags: scope.tags,
        idempotencyKey,
        authorId: scope.actor.userId,
      })
      .onConflictDoNothing({ target: minuteNotes.idempotencyKey })
      .returning({ id: minuteNotes.id });
    if (inserted) {
      await announce('note', { id: inserted.id });
      return { id: inserted.id, duplicate: false };
    }
    // Sent before: hand back the stored note (only if it is this trajectory's).
    const existing = found(
      await tx
        .select({ id: minuteNotes.id })
        .from(minuteNotes)
        .where(inOrg(minuteNotes, orgId, and(eq(minuteNotes.idempotencyKey, idempotencyKey), eq(minuteNotes.trajectoryId, trajectoryId)))),
    );
    return { id: existing.id, duplicate: true };
  });
}
