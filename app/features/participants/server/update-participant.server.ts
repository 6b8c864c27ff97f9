import { logConsent } from '#app/privacy/consent-log.server';
import { eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import { canMove, type ParticipantStatus, pseudonymFor } from '#app/features/recruitment/domain/pipeline';
import type { PlaceCategory, ProfileFit } from '#app/features/recruitment/domain/places';
import { logAccess } from '#app/privacy/access-log.server';
import { forgetKnownIdentifiers } from '#app/privacy/known-identifiers.server';
import { RuleError } from '#app/utils/rule-error';
import {
  assertTrajectoryPerson,
  consentAfter,
  findParticipant,
  participantWhere,
  type PersonalData,
  reservedPseudonyms,
  retryOnPseudonymClash,
  upsertPersonalData,
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

/**
 * Saves everything about one participant (pipeline fields and personal data) in one
 * transaction. A new status must be an allowed move from the current one (else a RuleError).
 * The pseudonym never changes once given, also not when the kind is corrected. Consent keeps
 * its first moment.
 */
export async function updateParticipant(input: TrajectoryScope & { participantId: string } & ParticipantChanges): Promise<{ pseudonym: string | null }> {
  authorize(input, 'participants.personalData');
  const { orgId, trajectoryId, participantId, kind, status, placeCategory, placeName, profileFit, recruitedBy } = input;
  await findParticipant(input, participantId);
  const saved = await retryOnPseudonymClash(async () =>
    (await db()).transaction(async (tx) => {
      const where = participantWhere(input, participantId);
      const [current] = await tx.select().from(participants).where(where).for('update');
      if (!current || (status !== current.status && !canMove(current.status, status))) throw new RuleError('recruitment.saveRefused');
      if (current.erasedAt) throw new RuleError('rights.erasedAlready');
      await assertTrajectoryPerson(tx, orgId, trajectoryId, recruitedBy);
      const pseudonym = pseudonymFor({ kind, status, current: current.pseudonym, reserved: await reservedPseudonyms(tx, orgId, trajectoryId) });
      await tx
        .update(participants)
        .set({ kind, status, pseudonym, placeCategory, placeName, profileFit, recruitedBy, updatedAt: sql`now()` })
        .where(where);
      const [before] = await tx
        .select({ consentAt: participantPersonalData.consentAt })
        .from(participantPersonalData)
        .where(inOrg(participantPersonalData, orgId, eq(participantPersonalData.participantId, participantId)));
      await upsertPersonalData(tx, input, participantId, { ...input.personal, consentAt: consentAfter(input.consent, before?.consentAt ?? null) });
      await logAccess(tx, input, { participantIds: [participantId], action: 'change', screen: 'participant' });
      await logConsent(tx, {
        orgId,
        trajectoryId,
        participantId,
        kind: 'signup',
        answer: input.consent,
        language: 'nl',
        how: 'on_behalf',
        recordedBy: input.actor.userId,
      });
      return { pseudonym };
    }),
  );
  forgetKnownIdentifiers(orgId, trajectoryId);
  return saved;
}
