import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participantConsents } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { publish } from '#app/realtime/publish.server';
import { lockParticipant, requireReception } from './require-reception.server';

/** Records the participant's answers on minutes and photos, with who recorded them and when. */
export async function recordConsent({
  participantId,
  minutes,
  photos,
  ...scope
}: OrgScope & {
  trajectoryId: string;
  participantId: string;
  minutes: boolean;
  photos: boolean;
}): Promise<void> {
  const { trajectory, channel } = await requireReception(scope);
  await (
    await db()
  ).transaction(async (tx) => {
    const participant = await lockParticipant(tx, scope.orgId, trajectory.id, participantId);
    const answers = {
      minutes,
      photos,
      recordedBy: scope.actor.userId,
      recordedAt: new Date(),
    };
    await tx
      .insert(participantConsents)
      .values({
        participantId: participant.id,
        orgId: scope.orgId,
        trajectoryId: trajectory.id,
        ...answers,
      })
      .onConflictDoUpdate({
        target: participantConsents.participantId,
        set: answers,
        setWhere: eq(participantConsents.orgId, scope.orgId),
      });
    await publish(tx, {
      orgId: scope.orgId,
      channel,
      kind: 'consent',
      payload: { participantId: participant.id },
    });
  });
}
