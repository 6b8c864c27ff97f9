import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import type { BlockInput } from './add-program-block.server';
import { blockOr404 } from './block-of-trajectory.server';

export async function updateProgramBlock({ orgId, trajectoryId, blockId, block }: OrgScope & { trajectoryId: string; blockId: string; block: BlockInput }) {
  await (
    await db()
  ).transaction(async (tx) => {
    await blockOr404(tx, orgId, trajectoryId, blockId);
    await tx
      .update(programBlocks)
      .set(block)
      .where(inOrg(programBlocks, orgId, eq(programBlocks.id, blockId)));
  });
}
