import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participantConsents } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { publish } from '#app/realtime/publish.server';
import { lockParticipant, requireReception } from './require-reception.server';

/** Who interprets for a participant today, and in which language (empty: no interpreter). */
export async function recordInterpreter({
  participantId,
  language,
  interpreter,
  ...scope
}: OrgScope & {
  trajectoryId: string;
  participantId: string;
  language: string;
  interpreter: string;
}): Promise<void> {
  const { trajectory, channel } = await requireReception(scope);
  await (
    await db()
  ).transaction(async (tx) => {
    const participant = await lockParticipant(tx, scope.orgId, trajectory.id, participantId);
    const set = { interpreterLanguage: language, interpreterName: interpreter };
    await tx
      .insert(participantConsents)
      .values({
        participantId: participant.id,
        orgId: scope.orgId,
        trajectoryId: trajectory.id,
        ...set,
      })
      .onConflictDoUpdate({
        target: participantConsents.participantId,
        set,
        setWhere: eq(participantConsents.orgId, scope.orgId),
      });
    await publish(tx, {
      orgId: scope.orgId,
      channel,
      kind: 'interpreter',
      payload: { participantId: participant.id },
    });
  });
}
