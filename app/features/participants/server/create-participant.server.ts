import { db } from '#app/db/client.server';
import { participantPersonalData, participants } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import { pseudonymFor, START_STATUSES } from '#app/features/recruitment/domain/pipeline';
import type { PlaceCategory, ProfileFit } from '#app/features/recruitment/domain/places';
import {
  assertTrajectoryPerson,
  consentAfter,
  EMPTY_PERSONAL_DATA,
  type PersonalData,
  requireParticipantDataTrajectory,
  reservedPseudonyms,
  retryOnPseudonymClash,
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
 * entered as registered gets a pseudonym at once; others get one when they register.
 * Leads and parent contacts only (it writes personal data); 404 for another organisation.
 */
export async function createParticipant({
  orgId,
  actor,
  trajectoryId,
  kind,
  status = 'approached',
  placeCategory = '',
  placeName = '',
  profileFit = '',
  recruitedBy = null,
  personal = {},
  consent = false,
}: OrgScope & { trajectoryId: string } & NewParticipant): Promise<{ id: string; pseudonym: string | null; kind: ParticipantKind }> {
  const { trajectory } = await requireParticipantDataTrajectory({ orgId, actor, trajectoryId });
  return retryOnPseudonymClash(() =>
    db().then((database) =>
      database.transaction(async (tx) => {
        await assertTrajectoryPerson(tx, orgId, trajectory.id, recruitedBy);
        const pseudonym = pseudonymFor({ kind, status, current: null, reserved: await reservedPseudonyms(tx, orgId, trajectory.id) });
        const [row] = await tx
          .insert(participants)
          .values({ orgId, trajectoryId: trajectory.id, kind, status, pseudonym, placeCategory, placeName, profileFit, recruitedBy })
          .returning({ id: participants.id, pseudonym: participants.pseudonym, kind: participants.kind });
        await tx.insert(participantPersonalData).values({
          ...EMPTY_PERSONAL_DATA,
          ...personal,
          consentAt: consentAfter(consent, null),
          participantId: row!.id,
          orgId,
          trajectoryId: trajectory.id,
        });
        return row!;
      }),
    ),
  );
}
