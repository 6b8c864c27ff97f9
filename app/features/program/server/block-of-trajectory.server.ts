import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '#app/db/client.server';
import { meetings, programBlocks } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** A program block of this trajectory in this organisation, locked for the change; otherwise 404. */
export async function blockOr404(tx: Tx, orgId: string, trajectoryId: string, blockId: string) {
  if (!z.uuid().safeParse(blockId).success) notFound();
  const [row] = await tx
    .select({
      id: programBlocks.id,
      meetingId: programBlocks.meetingId,
      position: programBlocks.position,
    })
    .from(programBlocks)
    .innerJoin(meetings, and(eq(meetings.id, programBlocks.meetingId), eq(meetings.orgId, orgId), eq(meetings.trajectoryId, trajectoryId)))
    .where(inOrg(programBlocks, orgId, eq(programBlocks.id, blockId)))
    .for('update');
  if (!row) notFound();
  return row;
}
