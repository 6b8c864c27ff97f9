import { eq, max } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { ProgramKind } from '../domain/templates';
import { ensureMeeting, trajectoryOr404 } from './meeting-rows.server';

export type BlockInput = { title: string; minutes: number; note: string };

/** Adds a block at the end of the meeting's program. */
export async function addProgramBlock({ orgId, trajectoryId, kind, block }: OrgScope & { trajectoryId: string; kind: ProgramKind; block: BlockInput }) {
  await (
    await db()
  ).transaction(async (tx) => {
    await trajectoryOr404(tx, orgId, trajectoryId);
    const meeting = await ensureMeeting(tx, orgId, trajectoryId, kind);
    const [last] = await tx
      .select({ position: max(programBlocks.position) })
      .from(programBlocks)
      .where(inOrg(programBlocks, orgId, eq(programBlocks.meetingId, meeting.id)));
    await tx.insert(programBlocks).values({
      orgId,
      meetingId: meeting.id,
      position: (last?.position ?? -1) + 1,
      ...block,
    });
  });
}
