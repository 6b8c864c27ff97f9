import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { participantPersonalData } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { findParticipant, type Participant, type PersonalData, personalFrom } from './participant-records.server';

/**
 * One participant with their pipeline fields and personal data (empty fields when nothing was
 * saved yet); 404 for a participant of another trajectory or organisation.
 */
export async function getParticipantPersonalData(
  input: TrajectoryScope & { participantId: string },
): Promise<Participant & { personal: PersonalData; personalUpdatedAt: Date | null }> {
  authorize(input, 'participants.personalData');
  const participant = await findParticipant(input, input.participantId);
  const [row] = await (
    await db()
  )
    .select()
    .from(participantPersonalData)
    .where(inOrg(participantPersonalData, input.orgId, eq(participantPersonalData.participantId, participant.id)));
  return { ...participant, personal: personalFrom(row), personalUpdatedAt: row?.updatedAt ?? null };
}
