// Shared pieces of the participant operations: the personal-data shape, the access check,
// and pseudonym handling inside a transaction. Not an operation itself.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '#app/db/client.server';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants, trajectoryRoles } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { forbidden, notFound } from '#app/utils/http.server';

export type Participant = typeof participants.$inferSelect;
export type PersonalRow = typeof participantPersonalData.$inferSelect;

/** Everything about a person that only leads and parent contacts may read. */
export type PersonalData = Omit<PersonalRow, 'participantId' | 'orgId' | 'trajectoryId' | 'updatedAt'>;

export const EMPTY_PERSONAL_DATA: PersonalData = {
  name: '',
  phone: '',
  email: '',
  address: '',
  callViaContact: false,
  languages: '',
  interpreterLanguage: '',
  needsChildcare: false,
  needsTransport: false,
  diet: '',
  preferredTime: '',
  needs: '',
  compensation: '',
  compensationPaid: false,
  consentAt: null,
};

export function personalFrom(row: PersonalRow | null | undefined): PersonalData {
  if (!row) return { ...EMPTY_PERSONAL_DATA };
  const { participantId: _p, orgId: _o, trajectoryId: _t, updatedAt: _u, ...personal } = row;
  return personal;
}

/**
 * The trajectory, when the actor may see its participants' personal data (leads and parent
 * contacts only, not even an admin otherwise). 404 for another organisation, 403 without the role.
 */
export async function requireParticipantDataTrajectory(scope: OrgScope & { trajectoryId: string }) {
  const found = await getTrajectory(scope);
  if (!found.access.canReadParticipantData) forbidden();
  return found;
}

/** As above, and the participant must belong to that trajectory (404 otherwise). */
export async function requireParticipantDataAccess({ participantId, ...scope }: OrgScope & { trajectoryId: string; participantId: string }) {
  const { trajectory } = await requireParticipantDataTrajectory(scope);
  if (!z.uuid().safeParse(participantId).success) notFound();
  const [participant] = await (
    await db()
  )
    .select()
    .from(participants)
    .where(inOrg(participants, scope.orgId, and(eq(participants.id, participantId), eq(participants.trajectoryId, trajectory.id))));
  if (!participant) notFound();
  return { trajectory, participant };
}

/** Every pseudonym ever given in the trajectory: cancelled participants keep theirs, so none is reused. */
export async function reservedPseudonyms(tx: Tx, orgId: string, trajectoryId: string): Promise<string[]> {
  const rows = await tx
    .select({ pseudonym: participants.pseudonym })
    .from(participants)
    .where(inOrg(participants, orgId, eq(participants.trajectoryId, trajectoryId)));
  return rows.flatMap((r) => (r.pseudonym ? [r.pseudonym] : []));
}

/** "Recruited by" must be someone with a role in this trajectory. */
export async function assertTrajectoryPerson(tx: Tx, orgId: string, trajectoryId: string, userId: string | null) {
  if (!userId) return;
  const [row] = await tx
    .select({ id: trajectoryRoles.id })
    .from(trajectoryRoles)
    .where(inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, trajectoryId), eq(trajectoryRoles.userId, userId))))
    .limit(1);
  if (!row) notFound();
}

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { code?: string; cause?: { code?: string } } | null;
  return e?.code === '23505' || e?.cause?.code === '23505';
};

/** Two people registering someone at the same moment may pick the same letter: try again. */
export async function retryOnPseudonymClash<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= 3 || !isUniqueViolation(error)) throw error;
    }
  }
}

/** The consent moment after saving: kept when it was given before, now when newly given, cleared when withdrawn. */
export const consentAfter = (given: boolean, before: Date | null, now = new Date()): Date | null => (given ? (before ?? now) : null);
