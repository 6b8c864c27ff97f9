import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { moveInOrder } from '#app/features/questions/domain/ordering';
import { blockOr404 } from './program-records.server';

/** Swaps a block with its neighbour; at the top or bottom nothing changes. Positions are renumbered 0..n-1. */
export async function moveProgramBlock(input: TrajectoryScope & { blockId: string; direction: 'up' | 'down' }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, blockId, direction } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const block = await blockOr404(tx, orgId, trajectoryId, blockId);
    const siblings = await tx
      .select({ id: programBlocks.id })
      .from(programBlocks)
      .where(inOrg(programBlocks, orgId, eq(programBlocks.meetingId, block.meetingId)))
      .orderBy(asc(programBlocks.position), asc(programBlocks.id));
    const before = siblings.map((s) => s.id);
    const after = moveInOrder(before, blockId, direction);
    if (after.every((id, i) => id === before[i])) return;
    for (const [position, id] of after.entries()) {
      await tx
        .update(programBlocks)
        .set({ position })
        .where(inOrg(programBlocks, orgId, eq(programBlocks.id, id)));
    }
  });
}
