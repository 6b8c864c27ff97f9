import { sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { participants } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { canMove, type ParticipantStatus, pseudonymFor } from '#app/features/recruitment/domain/pipeline';
import { logAccess } from '#app/privacy/access-log.server';
import { RuleError } from '#app/utils/rule-error';
import { findParticipant, participantWhere, reservedPseudonyms, retryOnPseudonymClash } from './participant-records.server';

/**
 * Moves a participant one step in the pipeline (see allowedMoves). Reaching "registered" for
 * the first time gives the pseudonym. A move that is not allowed from the current status (for
 * example a button pressed twice) changes nothing: a RuleError.
 */
export async function moveParticipant(
  input: TrajectoryScope & { participantId: string; to: ParticipantStatus },
): Promise<{ status: ParticipantStatus; pseudonym: string | null }> {
  authorize(input, 'participants.personalData');
  const { participantId, to } = input;
  await findParticipant(input, participantId);
  return retryOnPseudonymClash(async () =>
    (await db()).transaction(async (tx) => {
      const [current] = await tx.select().from(participants).where(participantWhere(input, participantId)).for('update');
      if (!current || !canMove(current.status, to)) throw new RuleError('recruitment.moveRefused');
      const pseudonym = pseudonymFor({
        kind: current.kind,
        status: to,
        current: current.pseudonym,
        reserved: await reservedPseudonyms(tx, input.orgId, input.trajectoryId),
      });
      await tx
        .update(participants)
        .set({ status: to, pseudonym, updatedAt: sql`now()` })
        .where(participantWhere(input, participantId));
      await logAccess(tx, input, { participantIds: [participantId], action: 'change', screen: 'participants.move' });
      return { status: to, pseudonym };
    }),
  );
}
