import { and, asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { meetings, programBlocks } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import type { ProgramKind } from '../domain/templates';

export type ProgramBlock = {
  id: string;
  title: string;
  minutes: number;
  note: string;
  position: number;
};

/** The program blocks of the mirror meeting and the follow-up session, in order. */
export async function listProgram(scope: TrajectoryScope): Promise<Record<ProgramKind, ProgramBlock[]>> {
  authorize(scope, 'trajectory.view');
  const { orgId, trajectoryId } = scope;
  const rows = await (
    await db()
  )
    .select({ kind: meetings.kind, block: programBlocks })
    .from(programBlocks)
    .innerJoin(meetings, and(eq(meetings.id, programBlocks.meetingId), eq(meetings.orgId, orgId)))
    .where(inOrg(programBlocks, orgId, eq(meetings.trajectoryId, trajectoryId)))
    .orderBy(asc(programBlocks.position), asc(programBlocks.id));
  const result: Record<ProgramKind, ProgramBlock[]> = {
    mirror: [],
    follow_up: [],
  };
  for (const { kind, block } of rows) {
    if (kind === 'mirror' || kind === 'follow_up')
      result[kind].push({ id: block.id, title: block.title, minutes: block.minutes, note: block.note, position: block.position });
  }
  return result;
}
