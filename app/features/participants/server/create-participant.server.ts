import { logConsent } from '#app/privacy/consent-log.server';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { participants } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import { pseudonymFor, START_STATUSES } from '#app/features/recruitment/domain/pipeline';
import type { PlaceCategory, ProfileFit } from '#app/features/recruitment/domain/places';
import { logAccess } from '#app/privacy/access-log.server';
import { forgetKnownIdentifiers } from '#app/privacy/known-identifiers.server';
import { once } from '#app/utils/submissions.server';
import {
  assertTrajectoryPerson,
  consentAfter,
  type PersonalData,
  reservedPseudonyms,
  retryOnPseudonymClash,
  upsertPersonalData,
} from './participant-records.server';

export type NewParticipant = {
  kind: ParticipantKind;
  status?: (typeof START_STATUSES)[number];
  placeCategory?: PlaceCategory | '';
  placeName?: string;
  profileFit?: ProfileFit;
  recruitedBy?: string | null;
  personal?: Omit<Partial<PersonalData>, 'consentAt'>;
  consent?: boolean;
};

/**
 * Adds a participant to the pipeline, with their personal data, in one transaction. Someone
 * entered as registered gets a pseudonym at once; others get one when they register. Once per
 * submission key.
 */
export async function createParticipant(input: TrajectoryScope & NewParticipant): Promise<{ id: string; pseudonym: string | null; kind: ParticipantKind }> {
  authorize(input, 'participants.personalData');
  const { orgId, trajectoryId, kind, status = 'approached', placeCategory = '', placeName = '', profileFit = '', recruitedBy = null } = input;
  const created = await retryOnPseudonymClash(async () =>
    (await db()).transaction((tx) =>
      once(tx, orgId, 'participants.create', async () => {
        await assertTrajectoryPerson(tx, orgId, trajectoryId, recruitedBy);
        const pseudonym = pseudonymFor({ kind, status, current: null, reserved: await reservedPseudonyms(tx, orgId, trajectoryId) });
        const [row] = await tx
          .insert(participants)
          .values({ orgId, trajectoryId, kind, status, pseudonym, placeCategory, placeName, profileFit, recruitedBy })
          .returning({ id: participants.id, pseudonym: participants.pseudonym, kind: participants.kind });
        await upsertPersonalData(tx, input, row!.id, { ...input.personal, consentAt: consentAfter(input.consent ?? false, null) });
        await logAccess(tx, input, { participantIds: [row!.id], action: 'change', screen: 'participants.create' });
        if (input.consent)
          await logConsent(tx, {
            orgId,
            trajectoryId,
            participantId: row!.id,
            kind: 'signup',
            answer: true,
            language: 'nl',
            how: 'on_behalf',
            recordedBy: input.actor.userId,
          });
        return row!;
      }),
    ),
  );
  forgetKnownIdentifiers(orgId, trajectoryId);
  return created;
}
