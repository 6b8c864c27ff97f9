import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participantPersonalData } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { type Participant, type PersonalData, personalFrom, requireParticipantDataAccess } from './participant-records.server';

export type { PersonalData } from './participant-records.server';
export { EMPTY_PERSONAL_DATA, requireParticipantDataAccess } from './participant-records.server';

/**
 * One participant with their pipeline fields and personal data (empty fields when nothing was
 * saved yet). Leads and parent contacts only: 403 otherwise, 404 for another organisation or
 * a participant of another trajectory.
 */
export async function getParticipantPersonalData(
  scope: OrgScope & { trajectoryId: string; participantId: string },
): Promise<Participant & { personal: PersonalData; personalUpdatedAt: Date | null }> {
  const { participant } = await requireParticipantDataAccess(scope);
  const [row] = await (
    await db()
  )
    .select()
    .from(participantPersonalData)
    .where(inOrg(participantPersonalData, scope.orgId, eq(participantPersonalData.participantId, participant.id)));
  return { ...participant, personal: personalFrom(row), personalUpdatedAt: row?.updatedAt ?? null };
}
