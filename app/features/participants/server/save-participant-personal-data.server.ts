import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { logAccess } from '#app/privacy/access-log.server';
import { forgetKnownIdentifiers } from '#app/privacy/known-identifiers.server';
import { findParticipant, type PersonalData, upsertPersonalData } from './participant-records.server';

/** Saves (replaces) a participant's personal data. */
export async function saveParticipantPersonalData(input: TrajectoryScope & { participantId: string; personal: PersonalData }): Promise<void> {
  authorize(input, 'participants.personalData');
  const participant = await findParticipant(input, input.participantId);
  await (
    await db()
  ).transaction(async (tx) => {
    await upsertPersonalData(tx, input, participant.id, input.personal);
    await logAccess(tx, input, { participantIds: [participant.id], action: 'change', screen: 'participant' });
  });
  forgetKnownIdentifiers(input.orgId, input.trajectoryId);
}
