import { asc, eq } from 'drizzle-orm';
import { canReadMinutes, canWriteMinutes } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { minuteNotes, participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { forbidden } from '#app/utils/http.server';
import { minutesStatus } from './minutes-records.server';

/**
 * The minutes as the reader may see them: 403 for a draft unless minute-taker, lead or
 * conversation leader. Participants appear by pseudonym only.
 */
export async function getMinutes(scope: OrgScope & { trajectoryId: string }) {
  const { trajectory, myRoles } = await getTrajectory(scope);
  const state = await minutesStatus(scope.orgId, trajectory.id);
  if (!canReadMinutes(scope.actor, myRoles, state.status)) forbidden();
  const database = await db();
  const people = await database
    .select({ id: participants.id, pseudonym: participants.pseudonym })
    .from(participants)
    .where(inOrg(participants, scope.orgId, eq(participants.trajectoryId, trajectory.id)));
  const pseudonyms = Object.fromEntries(people.map((p) => [p.id, p.pseudonym ?? '']));
  const notes = await database
    .select({
      id: minuteNotes.id,
      questionKey: minuteNotes.questionKey,
      questionText: minuteNotes.questionText,
      participantId: minuteNotes.participantId,
      kind: minuteNotes.kind,
      summary: minuteNotes.summary,
      quotes: minuteNotes.quotes,
      tags: minuteNotes.tags,
      createdAt: minuteNotes.createdAt,
    })
    .from(minuteNotes)
    .where(inOrg(minuteNotes, scope.orgId, eq(minuteNotes.trajectoryId, trajectory.id)))
    .orderBy(asc(minuteNotes.createdAt));
  return {
    trajectory,
    status: state.status,
    finalisedAt: state.finalisedAt,
    canWrite: state.status === 'draft' && canWriteMinutes(scope.actor, myRoles),
    pseudonyms,
    notes: notes.map((n) => ({
      ...n,
      pseudonym: n.participantId ? (pseudonyms[n.participantId] ?? '') : '',
    })),
  };
}
