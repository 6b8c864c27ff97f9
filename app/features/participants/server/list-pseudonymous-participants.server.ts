import { asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import type { ParticipantStatus } from '#app/features/recruitment/domain/pipeline';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';

export type PseudonymousParticipant = { status: ParticipantStatus; kind: ParticipantKind; pseudonym: string | null };

/**
 * What every member of the organisation may know about the participants: status, kind and
 * pseudonym. It never touches the personal-data table, nor where someone was met or who
 * recruited them. Also the input for recruitmentSummary().
 */
export async function listPseudonymousParticipants(scope: OrgScope & { trajectoryId: string }): Promise<PseudonymousParticipant[]> {
  const { trajectory } = await getTrajectory(scope);
  return (await db())
    .select({ status: participants.status, kind: participants.kind, pseudonym: participants.pseudonym })
    .from(participants)
    .where(inOrg(participants, scope.orgId, eq(participants.trajectoryId, trajectory.id)))
    .orderBy(asc(participants.pseudonym), asc(participants.createdAt));
}
