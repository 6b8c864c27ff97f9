import { asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants, users } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { type Participant, type PersonalData, personalFrom, requireParticipantDataTrajectory } from './participant-records.server';

export type ParticipantWithPersonalData = Participant & { personal: PersonalData; recruitedByName: string | null };

/**
 * The whole pipeline with personal data, oldest first. Leads and parent contacts only: 403
 * otherwise, 404 for another organisation. Others use listPseudonymousParticipants.
 */
export async function listParticipants(scope: OrgScope & { trajectoryId: string }): Promise<ParticipantWithPersonalData[]> {
  const { trajectory } = await requireParticipantDataTrajectory(scope);
  const rows = await (
    await db()
  )
    .select({ participant: participants, personal: participantPersonalData, recruiterName: users.name, recruiterEmail: users.email })
    .from(participants)
    .leftJoin(participantPersonalData, eq(participantPersonalData.participantId, participants.id))
    .leftJoin(users, eq(users.id, participants.recruitedBy))
    .where(inOrg(participants, scope.orgId, eq(participants.trajectoryId, trajectory.id)))
    .orderBy(asc(participants.createdAt), asc(participants.id));
  return rows.map((r) => ({
    ...r.participant,
    // The join is on the primary key; the org check guards against a row that somehow crossed over.
    personal: personalFrom(r.personal?.orgId === scope.orgId ? r.personal : null),
    recruitedByName: r.recruiterName || r.recruiterEmail || null,
  }));
}
