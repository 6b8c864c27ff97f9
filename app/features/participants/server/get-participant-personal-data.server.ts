import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { participantPersonalData } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { logAccess } from '#app/privacy/access-log.server';
import { findParticipant, type Participant, type PersonalData, personalFrom } from './participant-records.server';

/**
 * One participant with their pipeline fields and personal data (empty fields when nothing was
 * saved yet); 404 for a participant of another trajectory or organisation. Logged as seen on `screen`.
 */
export async function getParticipantPersonalData(
  input: TrajectoryScope & { participantId: string; screen: string },
): Promise<Participant & { personal: PersonalData; personalUpdatedAt: Date | null }> {
  authorize(input, 'participants.personalData');
  const participant = await findParticipant(input, input.participantId);
  const [row] = await (
    await db()
  ).transaction(async (tx) => {
    const found = await tx
      .select()
      .from(participantPersonalData)
      .where(inOrg(participantPersonalData, input.orgId, eq(participantPersonalData.participantId, participant.id)));
    await logAccess(tx, input, { participantIds: [participant.id], action: 'view', screen: input.screen });
    return found;
  });
  return { ...participant, personal: personalFrom(row), personalUpdatedAt: row?.updatedAt ?? null };
}
