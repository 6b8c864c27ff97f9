import { and, asc, eq, inArray } from 'drizzle-orm';
import { db, type Db, type Tx } from '#app/db/client.server';
import { participantPersonalData, participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { firstNameOf } from '../domain/queue';
import { consoleTrajectory } from './console-trajectory.server';

export type CircleMember = {
  participantId: string;
  pseudonym: string;
  firstName: string;
};

/** Confirmed (or attended) participants in their default seat order. No contact data is read. */
export async function innerCircleRows(database: Db | Tx, orgId: string, trajectoryId: string): Promise<CircleMember[]> {
  const rows = await database
    .select({
      participantId: participants.id,
      pseudonym: participants.pseudonym,
      name: participantPersonalData.name,
    })
    .from(participants)
    .leftJoin(participantPersonalData, and(eq(participantPersonalData.participantId, participants.id), eq(participantPersonalData.orgId, orgId)))
    .where(inOrg(participants, orgId, eq(participants.trajectoryId, trajectoryId), inArray(participants.status, ['confirmed', 'attended'])))
    .orderBy(asc(participants.createdAt), asc(participants.id));
  return rows.map((r) => ({
    participantId: r.participantId,
    pseudonym: r.pseudonym ?? '',
    firstName: firstNameOf(r.name ?? ''),
  }));
}

/**
 * The inner circle as the conversation leader sees it: pseudonym and first name only (the leader
 * addresses people by name). Phone, e-mail, address and needs never leave the database here.
 */
export async function listInnerCircle(scope: OrgScope & { trajectoryId: string }): Promise<CircleMember[]> {
  const { trajectory } = await consoleTrajectory(scope);
  return innerCircleRows(await db(), scope.orgId, trajectory.id);
}
