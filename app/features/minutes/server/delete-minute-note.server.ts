import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { minuteNotes } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { notFound } from '#app/utils/http.server';
import { assertDraft, requireMinutesWriter } from './minutes-records.server';

export async function deleteMinuteNote({ orgId, actor, trajectoryId, noteId }: OrgScope & { trajectoryId: string; noteId: string }) {
  await requireMinutesWriter({ orgId, actor, trajectoryId });
  await (
    await db()
  ).transaction(async (tx) => {
    await assertDraft(tx, orgId, trajectoryId);
    const [row] = await tx
      .delete(minuteNotes)
      .where(inOrg(minuteNotes, orgId, and(eq(minuteNotes.id, noteId), eq(minuteNotes.trajectoryId, trajectoryId))))
      .returning({ id: minuteNotes.id });
    if (!row) notFound();
    await publish(tx, {
      orgId,
      channel: channelFor(trajectoryId, 'minutes'),
      kind: 'note-deleted',
      payload: { id: row.id },
    });
  });
}
