// Reads and checks shared by the program, run-sheet and location operations. The meetings rows
// are shared with the dates part: these helpers only ever create a row, and never write its
// date, start time or form.
import { and, eq, max } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '#app/db/client.server';
import { meetings, type MeetingKind, programBlocks, runSheetTasks, trajectories, trajectoryRoles } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';

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

/** A program block of this trajectory in this organisation, locked for the change; otherwise 404. */
export async function blockOr404(tx: Tx, orgId: string, trajectoryId: string, blockId: string) {
  if (!z.uuid().safeParse(blockId).success) notFound();
  const [row] = await tx
    .select({ id: programBlocks.id, meetingId: programBlocks.meetingId, position: programBlocks.position })
    .from(programBlocks)
    .innerJoin(meetings, and(eq(meetings.id, programBlocks.meetingId), eq(meetings.orgId, orgId), eq(meetings.trajectoryId, trajectoryId)))
    .where(inOrg(programBlocks, orgId, eq(programBlocks.id, blockId)))
    .for('update');
  if (!row) notFound();
  return row;
}

/** The position after the last block of a meeting. */
export async function nextBlockPosition(tx: Tx, orgId: string, meetingId: string) {
  const [last] = await tx
    .select({ position: max(programBlocks.position) })
    .from(programBlocks)
    .where(inOrg(programBlocks, orgId, eq(programBlocks.meetingId, meetingId)));
  return (last?.position ?? -1) + 1;
}

/** The position after the last task of the run sheet. */
export async function nextTaskPosition(tx: Tx, orgId: string, trajectoryId: string) {
  const [last] = await tx
    .select({ position: max(runSheetTasks.position) })
    .from(runSheetTasks)
    .where(inOrg(runSheetTasks, orgId, eq(runSheetTasks.trajectoryId, trajectoryId)));
  return (last?.position ?? -1) + 1;
}

/** The condition for one run-sheet task of this trajectory; a malformed id is a 404. */
export function taskOfTrajectory(orgId: string, trajectoryId: string, taskId: string) {
  if (!z.uuid().safeParse(taskId).success) notFound();
  return inOrg(runSheetTasks, orgId, and(eq(runSheetTasks.trajectoryId, trajectoryId), eq(runSheetTasks.id, taskId)));
}

/** A run-sheet owner must have a role in the trajectory: otherwise a RuleError on `ownerId`, and nothing is saved. */
export async function assertOwner(tx: Tx, orgId: string, trajectoryId: string, ownerId: string | null) {
  if (!ownerId) return;
  const [row] = await tx
    .select({ id: trajectoryRoles.id })
    .from(trajectoryRoles)
    .where(inOrg(trajectoryRoles, orgId, and(eq(trajectoryRoles.trajectoryId, trajectoryId), eq(trajectoryRoles.userId, ownerId))))
    .limit(1);
  if (!row) throw new RuleError('program.ownerInvalid', 'ownerId');
}
