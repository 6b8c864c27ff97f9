import { and, eq, isNull, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNotes, boards } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { publishBoard, requireBoard, type StaffOnBoard } from './board-records.server';

/**
 * The facilitator switches "see new notes first" on or off (issue 14, 5e). Switching it off shows
 * every note still waiting, in the order they were written. The event carries no change: every
 * screen reads the board once (rare, like other settings: decision 0011).
 */
export async function setNoteModeration(input: StaffOnBoard & { moderated: boolean }): Promise<void> {
  authorize(input, 'board.run');
  const { orgId, boardId, moderated } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, input, 'update');
    if (board.moderateNotes === moderated) return;
    await tx
      .update(boards)
      .set({ moderateNotes: moderated })
      .where(inOrg(boards, orgId, eq(boards.id, boardId)));
    if (!moderated) {
      await tx
        .update(boardNotes)
        .set({ shownAt: sql`now()` })
        .where(inOrg(boardNotes, orgId, and(eq(boardNotes.boardId, boardId), isNull(boardNotes.shownAt))));
    }
    await publishBoard(tx, orgId, boardId, 'settings');
  });
}
