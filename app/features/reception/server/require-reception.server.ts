// The access check shared by the reception operations. Not an operation itself.
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { canRunReception } from '#app/auth/permissions';
import type { Tx } from '#app/db/client.server';
import { participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { channelFor } from '#app/realtime/channels';
import { forbidden, notFound } from '#app/utils/http.server';

/**
 * The trajectory, when the actor may run its welcome desk: leads and parent contacts, who may
 * also read participants' personal data. 404 for another organisation, 403 for anyone else.
 */
export async function requireReception(scope: OrgScope & { trajectoryId: string }) {
  const found = await getTrajectory(scope);
  if (!canRunReception(scope.actor, found.myRoles) || !found.access.canReadParticipantData) forbidden();
  return { ...found, channel: channelFor(found.trajectory.id, 'reception') };
}

/** The participant row, locked for this transaction; 404 when it is not in this trajectory. */
export async function lockParticipant(tx: Tx, orgId: string, trajectoryId: string, participantId: string) {
  if (!z.uuid().safeParse(participantId).success) notFound();
  const [row] = await tx
    .select()
    .from(participants)
    .where(inOrg(participants, orgId, and(eq(participants.id, participantId), eq(participants.trajectoryId, trajectoryId))))
    .for('update');
  if (!row) notFound();
  return row;
}
