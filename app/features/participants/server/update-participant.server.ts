import { and, eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import { canMove, type ParticipantStatus, pseudonymFor } from '#app/features/recruitment/domain/pipeline';
import type { PlaceCategory, ProfileFit } from '#app/features/recruitment/domain/places';
import {
  assertTrajectoryPerson,
  consentAfter,
  type PersonalData,
  requireParticipantDataAccess,
  reservedPseudonyms,
  retryOnPseudonymClash,
} from './participant-records.server';

export type ParticipantChanges = {
  kind: ParticipantKind;
  status: ParticipantStatus;
  placeCategory: PlaceCategory | '';
  placeName: string;
  profileFit: ProfileFit;
  recruitedBy: string | null;
  personal: Omit<PersonalData, 'consentAt'>;
  consent: boolean;
};

export type UpdateResult = { ok: true; pseudonym: string | null } | { ok: false; reason: 'notAllowed' };

/**
 * Saves everything about one participant (pipeline fields and personal data) in one
 * transaction. A new status must be an allowed move from the current one. The pseudonym never
 * changes once given, also not when the kind is corrected. Consent keeps its first moment.
 * Leads and parent contacts only.
 */
export async function updateParticipant({
  participantId,
  kind,
  status,
  placeCategory,
  placeName,
  profileFit,
  recruitedBy,
  personal,
  consent,
  ...scope
}: OrgScope & { trajectoryId: string; participantId: string } & ParticipantChanges): Promise<UpdateResult> {
  const { trajectory, participant } = await requireParticipantDataAccess({ ...scope, participantId });
  const { orgId } = scope;
  return retryOnPseudonymClash(async () =>
    (await db()).transaction(async (tx): Promise<UpdateResult> => {
      const where = inOrg(participants, orgId, and(eq(participants.id, participant.id), eq(participants.trajectoryId, trajectory.id)));
      const [current] = await tx.select().from(participants).where(where).for('update');
      if (!current || (status !== current.status && !canMove(current.status, status))) return { ok: false, reason: 'notAllowed' };
      await assertTrajectoryPerson(tx, orgId, trajectory.id, recruitedBy);
      const pseudonym = pseudonymFor({ kind, status, current: current.pseudonym, reserved: await reservedPseudonyms(tx, orgId, trajectory.id) });
      await tx
        .update(participants)
        .set({ kind, status, pseudonym, placeCategory, placeName, profileFit, recruitedBy, updatedAt: sql`now()` })
        .where(where);
      const [before] = await tx
        .select({ consentAt: participantPersonalData.consentAt })
        .from(participantPersonalData)
        .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.participantId, participant.id)));
      const values = { ...personal, consentAt: consentAfter(consent, before?.consentAt ?? null) };
      await tx
        .insert(participantPersonalData)
        .values({ participantId: participant.id, orgId, trajectoryId: trajectory.id, ...values })
        .onConflictDoUpdate({
          target: participantPersonalData.participantId,
          set: { ...values, updatedAt: sql`now()` },
          setWhere: sql`${participantPersonalData.orgId} = ${orgId}`,
        });
      return { ok: true, pseudonym };
    }),
  );
}
