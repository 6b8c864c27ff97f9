import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { programBlocks } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { blockOr404 } from './block-of-trajectory.server';

export async function removeProgramBlock({ orgId, trajectoryId, blockId }: OrgScope & { trajectoryId: string; blockId: string }) {
  await (
    await db()
  ).transaction(async (tx) => {
    await blockOr404(tx, orgId, trajectoryId, blockId);
    await tx.delete(programBlocks).where(inOrg(programBlocks, orgId, eq(programBlocks.id, blockId)));
  });
}
