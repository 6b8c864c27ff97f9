import { and, eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { minuteNotes } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { Leak } from '#app/features/minutes/domain/name-guard';
import { type NoteKind, type NoteTag, parseQuotes } from '#app/features/minutes/domain/notes';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { knownPeople, leaksIn } from './check-minute-text.server';
import { assertDraft, requireMinutesWriter } from './minutes-records.server';

export type NoteEdit = {
  kind: NoteKind;
  summary: string;
  quotes: string;
  tags: NoteTag[];
};

/** Review while the minutes are a draft: the same name guard as when writing. */
export async function updateMinuteNote({
  orgId,
  actor,
  trajectoryId,
  noteId,
  edit,
}: OrgScope & {
  trajectoryId: string;
  noteId: string;
  edit: NoteEdit;
}): Promise<{ ok: true } | { ok: false; leaks: Leak[] }> {
  await requireMinutesWriter({ orgId, actor, trajectoryId });
  const quotes = parseQuotes(edit.quotes);
  const leaks = leaksIn([edit.summary, ...quotes], await knownPeople(orgId, trajectoryId));
  if (leaks.length > 0) return { ok: false, leaks };
  await (
    await db()
  ).transaction(async (tx) => {
    await assertDraft(tx, orgId, trajectoryId);
    const [row] = await tx
      .update(minuteNotes)
      .set({
        kind: edit.kind,
        summary: edit.summary,
        quotes,
        tags: edit.tags,
        updatedAt: sql`now()`,
      })
      .where(inOrg(minuteNotes, orgId, and(eq(minuteNotes.id, noteId), eq(minuteNotes.trajectoryId, trajectoryId))))
      .returning({ id: minuteNotes.id });
    if (!row) notFound();
    await publish(tx, {
      orgId,
      channel: channelFor(trajectoryId, 'minutes'),
      kind: 'note-updated',
      payload: { id: row.id },
    });
  });
  return { ok: true };
}
