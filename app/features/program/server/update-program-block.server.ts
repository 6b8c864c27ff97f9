import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import type { BlockInput } from './add-program-block.server';
import { blockOr404 } from './program-records.server';

export async function updateProgramBlock(input: TrajectoryScope & BlockInput & { blockId: string }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, blockId, title, minutes, note } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    await blockOr404(tx, orgId, trajectoryId, blockId);
    await tx
      .update(programBlocks)
      .set({ title, minutes, note })
      .where(inOrg(programBlocks, orgId, eq(programBlocks.id, blockId)));
  });
}
