import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boards } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import type { BoardPhase } from '../domain/types';
import { publishBoard, requireBoard, type StaffOnBoard } from './board-records.server';
import { closeInTx } from './closing-records.server';

/** Moves the session to a phase (any, forwards or back). Moving to 'closed' closes the board as closeBoard does. */
export async function setPhase(input: StaffOnBoard & { phase: BoardPhase }): Promise<void> {
  authorize(input, 'board.run');
  const { orgId, boardId, phase } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, input, 'update');
    if (phase === 'closed') {
      await closeInTx(tx, board);
      return;
    }
    // Reopening keeps the draft agenda until the board is closed again.
    await tx
      .update(boards)
      .set({ phase, closedAt: null })
      .where(inOrg(boards, orgId, eq(boards.id, boardId)));
    await publishBoard(tx, orgId, boardId, 'phase');
  });
}
