import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { nextPseudonym, type ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { forbidden } from '#app/utils/http.server';

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
};

/**
 * Adds a participant to a trajectory under the next free pseudonym for their kind ("Ouder C").
 * Only a pseudonymous row: personal data is saved apart (save-participant-personal-data).
 * Needs edit rights in the trajectory; 404 when the trajectory is not in the organisation.
 */
export async function createParticipant({
  orgId,
  actor,
  trajectoryId,
  kind,
}: OrgScope & { trajectoryId: string; kind: ParticipantKind }): Promise<{ id: string; pseudonym: string; kind: ParticipantKind }> {
  const { trajectory, access } = await getTrajectory({ orgId, actor, trajectoryId });
  if (!access.canEdit) forbidden();
  // Two people adding a participant at the same moment may pick the same letter: try again.
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await db()).transaction(async (tx) => {
        const taken = await tx
          .select({ pseudonym: participants.pseudonym })
          .from(participants)
          .where(inOrg(participants, orgId, eq(participants.trajectoryId, trajectory.id)));
        const pseudonym = nextPseudonym(
          kind,
          taken.flatMap((t) => (t.pseudonym ? [t.pseudonym] : [])),
        );
        const [row] = await tx
          .insert(participants)
          .values({ orgId, trajectoryId: trajectory.id, pseudonym, kind })
          .returning({ id: participants.id, pseudonym: participants.pseudonym, kind: participants.kind });
        return { ...row!, pseudonym: row!.pseudonym ?? pseudonym };
      });
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}
