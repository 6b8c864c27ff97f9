import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { ParticipantKind } from '#app/features/participants/domain/pseudonyms';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { forbidden, notFound } from '#app/utils/http.server';

export type PersonalData = { name: string; phone: string; email: string; address: string; needs: string; compensation: string };

export const EMPTY_PERSONAL_DATA: PersonalData = { name: '', phone: '', email: '', address: '', needs: '', compensation: '' };

/**
 * Checks that the actor may see participants' personal data in this trajectory (leads and parent
 * contacts only, not even an admin otherwise) and that the participant belongs to it.
 * 404 for another organisation's trajectory or participant, 403 without the role.
 */
export async function requireParticipantDataAccess({
  orgId,
  actor,
  trajectoryId,
  participantId,
}: OrgScope & { trajectoryId: string; participantId: string }) {
  const { trajectory, access } = await getTrajectory({ orgId, actor, trajectoryId });
  if (!access.canReadParticipantData) forbidden();
  if (!z.uuid().safeParse(participantId).success) notFound();
  const [participant] = await (await db())
    .select({ id: participants.id, pseudonym: participants.pseudonym, kind: participants.kind })
    .from(participants)
    .where(inOrg(participants, orgId, and(eq(participants.id, participantId), eq(participants.trajectoryId, trajectory.id))));
  if (!participant) notFound();
  return { trajectory, participant };
}

/** A participant's pseudonym with their personal data (empty fields when nothing was saved yet). */
export async function getParticipantPersonalData(
  scope: OrgScope & { trajectoryId: string; participantId: string },
): Promise<{ id: string; pseudonym: string | null; kind: ParticipantKind; personal: PersonalData; updatedAt: Date | null }> {
  const { participant } = await requireParticipantDataAccess(scope);
  const [row] = await (await db())
    .select()
    .from(participantPersonalData)
    .where(inOrg(participantPersonalData, scope.orgId, eq(participantPersonalData.participantId, participant.id)));
  const personal: PersonalData = row
    ? { name: row.name, phone: row.phone, email: row.email, address: row.address, needs: row.needs, compensation: row.compensation }
    : { ...EMPTY_PERSONAL_DATA };
  return { ...participant, personal, updatedAt: row?.updatedAt ?? null };
}
