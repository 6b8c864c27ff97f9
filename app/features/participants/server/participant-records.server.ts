// Shared pieces of the participant operations: the personal-data shape, finding a participant in
// the scope's trajectory, writing personal data, and pseudonym handling inside a transaction.
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '#app/db/client.server';
import { db } from '#app/db/client.server';
import { participantPersonalData, participants, trajectoryRoles } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

export type Participant = typeof participants.$inferSelect;
export type PersonalRow = typeof participantPersonalData.$inferSelect;

/** Everything about a person that only leads and parent contacts may read (how to stay in touch after step 8 is kept by the feedback feature). */
export type PersonalData = Omit<PersonalRow, 'participantId' | 'orgId' | 'trajectoryId' | 'updatedAt' | 'stayInvolvedContact'>;

export const EMPTY_PERSONAL_DATA: PersonalData = {
  name: '',
  surname: '',
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
  const { participantId: _p, orgId: _o, trajectoryId: _t, updatedAt: _u, stayInvolvedContact: _s, ...personal } = row;
  return personal;
}

/** The rows of one participant of the scope's trajectory. */
export const participantWhere = (scope: TrajectoryScope, participantId: string) =>
  inOrg(participants, scope.orgId, and(eq(participants.id, participantId), eq(participants.trajectoryId, scope.trajectoryId)));

/** A participant of the scope's trajectory; 404 for another trajectory or organisation. */
export async function findParticipant(scope: TrajectoryScope, participantId: string, database: Db | Tx | null = null): Promise<Participant> {
  if (!z.uuid().safeParse(participantId).success) notFound();
  const [participant] = await (database ?? (await db())).select().from(participants).where(participantWhere(scope, participantId));
  if (!participant) notFound();
  return participant;
}

/**
 * Saves (replaces) a participant's personal data; the row never crosses to another organisation.
 * The caller calls forgetKnownIdentifiers once this has committed (the board's copy of the guard's lists).
 */
export async function upsertPersonalData(database: Db | Tx, scope: TrajectoryScope, participantId: string, personal: Partial<PersonalData>) {
  await database
    .insert(participantPersonalData)
    .values({ ...EMPTY_PERSONAL_DATA, ...personal, participantId, orgId: scope.orgId, trajectoryId: scope.trajectoryId })
    .onConflictDoUpdate({
      target: participantPersonalData.participantId,
      set: { ...personal, updatedAt: sql`now()` },
      setWhere: sql`${participantPersonalData.orgId} = ${scope.orgId}`,
    });
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
