import { sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { minutes } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { assertDraft, requireMinutesWriter } from './minutes-records.server';

/** From here on the minutes are read-only for everyone; the follow-up and reports use them. */
export async function finaliseMinutes({ orgId, actor, trajectoryId }: OrgScope & { trajectoryId: string }) {
  await requireMinutesWriter({ orgId, actor, trajectoryId });
  await (
    await db()
  ).transaction(async (tx) => {
    await assertDraft(tx, orgId, trajectoryId);
    await tx
      .insert(minutes)
      .values({
        orgId,
        trajectoryId,
        status: 'finalised',
        finalisedAt: sql`now()`,
        finalisedBy: actor.userId,
      })
      .onConflictDoUpdate({
        target: minutes.trajectoryId,
        set: {
          status: 'finalised',
          finalisedAt: sql`now()`,
          finalisedBy: actor.userId,
        },
      });
    await publish(tx, {
      orgId,
      channel: channelFor(trajectoryId, 'minutes'),
      kind: 'finalised',
    });
  });
}
