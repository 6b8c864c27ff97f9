import { and, eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { canMove, type ParticipantStatus, pseudonymFor } from '#app/features/recruitment/domain/pipeline';
import { requireParticipantDataAccess, reservedPseudonyms, retryOnPseudonymClash } from './participant-records.server';

export type MoveResult = { ok: true; status: ParticipantStatus; pseudonym: string | null } | { ok: false; reason: 'notAllowed' };

/**
 * Moves a participant one step in the pipeline (see allowedMoves). Reaching "registered" for
 * the first time gives the pseudonym. A move that is not allowed from the current status (for
 * example a button pressed twice) changes nothing. Leads and parent contacts only.
 */
export async function moveParticipant({
  participantId,
  to,
  ...scope
}: OrgScope & { trajectoryId: string; participantId: string; to: ParticipantStatus }): Promise<MoveResult> {
  const { trajectory, participant } = await requireParticipantDataAccess({ ...scope, participantId });
  return retryOnPseudonymClash(async () =>
    (await db()).transaction(async (tx): Promise<MoveResult> => {
      const where = inOrg(participants, scope.orgId, and(eq(participants.id, participant.id), eq(participants.trajectoryId, trajectory.id)));
      const [current] = await tx.select().from(participants).where(where).for('update');
      if (!current || !canMove(current.status, to)) return { ok: false, reason: 'notAllowed' };
      const pseudonym = pseudonymFor({
        kind: current.kind,
        status: to,
        current: current.pseudonym,
        reserved: await reservedPseudonyms(tx, scope.orgId, trajectory.id),
      });
      await tx
        .update(participants)
        .set({ status: to, pseudonym, updatedAt: sql`now()` })
        .where(where);
      return { ok: true, status: to, pseudonym };
    }),
  );
}
