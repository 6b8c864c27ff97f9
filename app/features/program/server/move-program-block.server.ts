import { asc, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { blockOr404 } from './block-of-trajectory.server';

/** Swaps a block with its neighbour; at the top or bottom nothing changes. Positions are renumbered 0..n-1. */
export async function moveProgramBlock({
  orgId,
  trajectoryId,
  blockId,
  direction,
}: OrgScope & {
  trajectoryId: string;
  blockId: string;
  direction: 'up' | 'down';
}) {
  await (
    await db()
  ).transaction(async (tx) => {
    const block = await blockOr404(tx, orgId, trajectoryId, blockId);
    const siblings = await tx
      .select({ id: programBlocks.id })
      .from(programBlocks)
      .where(inOrg(programBlocks, orgId, eq(programBlocks.meetingId, block.meetingId)))
      .orderBy(asc(programBlocks.position), asc(programBlocks.id));
    const ids = siblings.map((s) => s.id);
    const from = ids.indexOf(blockId);
    const to = direction === 'up' ? from - 1 : from + 1;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    for (const [position, id] of ids.entries()) {
      await tx
        .update(programBlocks)
        .set({ position })
        .where(inOrg(programBlocks, orgId, eq(programBlocks.id, id)));
    }
  });
}
