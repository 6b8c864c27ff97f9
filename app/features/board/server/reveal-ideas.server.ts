import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boards } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { publishBoard, requireBoard, type StaffOnBoard } from './board-records.server';

/** Shows everyone's ideas to everyone (or hides them again); until then people see only their own. */
export async function revealIdeas(input: StaffOnBoard & { revealed: boolean }): Promise<void> {
  authorize(input, 'board.run');
  const { orgId, boardId } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    await requireBoard(tx, input, 'update');
    await tx
      .update(boards)
      .set({ ideasRevealed: input.revealed })
      .where(inOrg(boards, orgId, eq(boards.id, boardId)));
    await publishBoard(tx, orgId, boardId, 'phase');
  });
}
