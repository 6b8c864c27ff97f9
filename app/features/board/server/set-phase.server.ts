import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boards } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import type { BoardPhase } from '../domain/types';
import { publishBoard, requireBoard } from './board-records.server';
import { closeInTx } from './close-board.server';

/** Moves the session to a phase (any, forwards or back). Moving to 'closed' closes the board as closeBoard does. */
export async function setPhase({ orgId, boardId, phase }: { orgId: string; boardId: string; phase: BoardPhase }): Promise<void> {
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId, 'update');
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
