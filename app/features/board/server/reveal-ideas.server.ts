import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boards } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { publishBoard, requireBoard } from './board-records.server';

/** Shows everyone's ideas to everyone (or hides them again); until then people see only their own. */
export async function revealIdeas({ orgId, boardId, revealed }: { orgId: string; boardId: string; revealed: boolean }): Promise<void> {
  await (
    await db()
  ).transaction(async (tx) => {
    await requireBoard(tx, orgId, boardId, 'update');
    await tx
      .update(boards)
      .set({ ideasRevealed: revealed })
      .where(inOrg(boards, orgId, eq(boards.id, boardId)));
    await publishBoard(tx, orgId, boardId, 'phase');
  });
}
