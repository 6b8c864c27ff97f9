import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { blockOr404 } from './program-records.server';

export async function removeProgramBlock(input: TrajectoryScope & { blockId: string }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, blockId } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    await blockOr404(tx, orgId, trajectoryId, blockId);
    await tx.delete(programBlocks).where(inOrg(programBlocks, orgId, eq(programBlocks.id, blockId)));
  });
}
