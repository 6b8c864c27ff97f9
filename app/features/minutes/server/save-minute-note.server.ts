import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { minuteNotes, participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { Leak } from '#app/features/minutes/domain/name-guard';
import { parseQuotes } from '#app/features/minutes/domain/notes';
import type { NewNoteInput } from '#app/features/minutes/forms';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { knownPeople, leaksIn } from './check-minute-text.server';
import { assertDraft, requireMinutesWriter } from './minutes-records.server';

export type SaveNoteResult = { ok: true; id: string; duplicate: boolean } | { ok: false; leaks: Leak[] };

/**
 * Stores a note once per idempotency key: a device that retries after a lost response gets the
 * same note back instead of a second one. Text that names a participant is refused, nothing stored.
 */
export async function saveMinuteNote({
  orgId,
  actor,
  trajectoryId,
  note,
}: OrgScope & {
  trajectoryId: string;
  note: NewNoteInput;
}): Promise<SaveNoteResult> {
  await requireMinutesWriter({ orgId, actor, trajectoryId });
  const quotes = parseQuotes(note.quotes);
  const leaks = leaksIn([note.summary, ...quotes], await knownPeople(orgId, trajectoryId));
  if (leaks.length > 0) return { ok: false, leaks };

  return (await db()).transaction(async (tx) => {
    await assertDraft(tx, orgId, trajectoryId);
    let participantId: string | null = null;
    if (note.participantId) {
      const [p] = await tx
        .select({ id: participants.id })
        .from(participants)
        .where(inOrg(participants, orgId, and(eq(participants.id, note.participantId), eq(participants.trajectoryId, trajectoryId))));
      if (!p) notFound();
      participantId = p.id;
    }
    const [inserted] = await tx
      .insert(minuteNotes)
      .values({
        orgId,
        trajectoryId,
        questionKey: note.questionKey,
        questionText: note.questionText,
        participantId,
        kind: note.kind,
        summary: note.summary,
        quotes,
        tags: note.tags,
        idempotencyKey: note.idempotencyKey,
        authorId: actor.userId,
      })
      .onConflictDoNothing({ target: minuteNotes.idempotencyKey })
      .returning({ id: minuteNotes.id });
    if (!inserted) {
      // Sent before: hand back the stored note (only if it is this trajectory's).
      const [existing] = await tx
        .select({ id: minuteNotes.id })
        .from(minuteNotes)
        .where(inOrg(minuteNotes, orgId, and(eq(minuteNotes.idempotencyKey, note.idempotencyKey), eq(minuteNotes.trajectoryId, trajectoryId))));
      if (!existing) notFound();
      return { ok: true as const, id: existing.id, duplicate: true };
    }
    await publish(tx, {
      orgId,
      channel: channelFor(trajectoryId, 'minutes'),
      kind: 'note',
      payload: { id: inserted.id },
    });
    return { ok: true as const, id: inserted.id, duplicate: false };
  });
}
