// Shared by the program and location operations. The meetings rows are shared with the dates
// part: these helpers only ever create a row, and never write its date, start time or form.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '#app/db/client.server';
import { meetings, type MeetingKind, trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Inside a transaction: the trajectory must belong to the organisation, else 404. */
export async function trajectoryOr404(tx: Tx, orgId: string, trajectoryId: string) {
  const [row] = await tx
    .select({ id: trajectories.id, variant: trajectories.variant })
    .from(trajectories)
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)));
  if (!row) notFound();
  return row;
}

/**
 * The meeting of a kind, created empty when missing (another part may have made it already).
 * The row stays locked until the transaction ends, so changes to its program happen one at a time.
 */
export async function ensureMeeting(tx: Tx, orgId: string, trajectoryId: string, kind: MeetingKind) {
  await tx
    .insert(meetings)
    .values({ orgId, trajectoryId, kind })
    .onConflictDoNothing({ target: [meetings.trajectoryId, meetings.kind] });
  const [row] = await tx
    .select({ id: meetings.id })
    .from(meetings)
    .where(inOrg(meetings, orgId, and(eq(meetings.trajectoryId, trajectoryId), eq(meetings.kind, kind))))
    .for('update');
  if (!row) notFound();
  return row;
}

/** Whether someone has a role in the trajectory (run-sheet owners must). */
export async function isTrajectoryPerson(tx: Tx, orgId: string, trajectoryId: string, userId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: trajectoryRoles.id })
    .from(trajectoryRoles)
    .where(inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, trajectoryId), eq(trajectoryRoles.userId, userId))))
    .limit(1);
  return !!row;
}
