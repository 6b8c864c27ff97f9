import { sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participantPersonalData } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { type PersonalData, requireParticipantDataAccess } from './participant-records.server';

/** Saves (replaces) a participant's personal data. Same access rule as reading it. */
export async function saveParticipantPersonalData({
  personal,
  ...scope
}: OrgScope & { trajectoryId: string; participantId: string; personal: PersonalData }): Promise<void> {
  const { trajectory, participant } = await requireParticipantDataAccess(scope);
  await (
    await db()
  )
    .insert(participantPersonalData)
    .values({ participantId: participant.id, orgId: scope.orgId, trajectoryId: trajectory.id, ...personal })
    .onConflictDoUpdate({
      target: participantPersonalData.participantId,
      set: { ...personal, updatedAt: sql`now()` },
      // The row was made under this organisation; never let a write cross over.
      setWhere: sql`${participantPersonalData.orgId} = ${scope.orgId}`,
    });
}
