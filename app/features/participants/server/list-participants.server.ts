import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { logAccess } from '#app/privacy/access-log.server';
import { type Participant, type PersonalData, personalFrom } from './participant-records.server';

export type ParticipantWithPersonalData = Participant & { personal: PersonalData; recruitedByName: string | null };

/**
 * The whole pipeline with personal data, oldest first; logged as seen on `screen` (one access-log
 * entry per participant, in the read's transaction). Others use listPseudonymousParticipants.
 */
export async function listParticipants(scope: TrajectoryScope, screen: string, action: 'view' | 'export' = 'view'): Promise<ParticipantWithPersonalData[]> {
  authorize(scope, 'participants.personalData');
  const rows = await (
    await db()
  ).transaction(async (tx) => {
    const found = await tx
      .select({ participant: participants, personal: participantPersonalData, recruiterName: users.name, recruiterEmail: users.email })
      .from(participants)
      .leftJoin(participantPersonalData, eq(participantPersonalData.participantId, participants.id))
      .leftJoin(users, eq(users.id, participants.recruitedBy))
      .where(inOrg(participants, scope.orgId, eq(participants.trajectoryId, scope.trajectoryId)))
      .orderBy(asc(participants.createdAt), asc(participants.id));
    await logAccess(tx, scope, { participantIds: found.map((r) => r.participant.id), action, screen });
    return found;
  });
  return rows.map((r) => ({
    ...r.participant,
    // The join is on the primary key; the org check guards against a row that somehow crossed over.
    personal: personalFrom(r.personal?.orgId === scope.orgId ? r.personal : null),
    recruitedByName: r.recruiterName || r.recruiterEmail || null,
  }));
}
