import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { participants } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import type { ParticipantStatus } from '#app/features/recruitment/domain/pipeline';

export type PseudonymousParticipant = { status: ParticipantStatus; kind: ParticipantKind; pseudonym: string | null };

/**
 * What every member of the organisation may know about the participants: status, kind and
 * pseudonym. It never touches the personal-data table, nor where someone was met or who
 * recruited them. Also the input for recruitmentSummary().
 */
export async function listPseudonymousParticipants(scope: TrajectoryScope): Promise<PseudonymousParticipant[]> {
  authorize(scope, 'trajectory.view');
  return (await db())
    .select({ status: participants.status, kind: participants.kind, pseudonym: participants.pseudonym })
    .from(participants)
    .where(inOrg(participants, scope.orgId, eq(participants.trajectoryId, scope.trajectoryId)))
    .orderBy(asc(participants.pseudonym), asc(participants.createdAt));
}
