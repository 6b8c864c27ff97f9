import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardPaperVotes, boards, boardVotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import type { BoardSettings } from '../domain/types';
import { publishBoard, requireBoard, type StaffOnBoard } from './board-records.server';

/** Voting settings; changing the dots per person after votes were cast is refused (RuleError). */
export async function updateBoardSettings(input: StaffOnBoard & { settings: BoardSettings }): Promise<void> {
  authorize(input, 'board.run');
  const { orgId, boardId, settings } = input;
  const { dotsPerPerson, maxDotsPerIdea, byCriteria, talliesLive } = settings;
  if (!Number.isInteger(dotsPerPerson) || dotsPerPerson < 1 || dotsPerPerson > 20) throw new RuleError('board.dotsInvalid', 'dotsPerPerson');
  if (maxDotsPerIdea !== null && (!Number.isInteger(maxDotsPerIdea) || maxDotsPerIdea < 1 || maxDotsPerIdea > 20)) {
    throw new RuleError('board.maxInvalid', 'maxDotsPerIdea');
  }
  await (
    await db()
  ).transaction(async (tx) => {
    // The lock waits for votes being cast right now (they hold a share lock on the board).
    const board = await requireBoard(tx, input, 'update');
    const changesVoting = board.dotsPerPerson !== dotsPerPerson || board.maxDotsPerIdea !== maxDotsPerIdea || board.byCriteria !== byCriteria;
    if (changesVoting) {
      // Budgets and maxima are copied into the vote rows: once people voted, they stay as they were.
      const [voted] = await tx
        .select({ id: boardVotes.ideaId })
        .from(boardVotes)
        .where(inOrg(boardVotes, orgId, eq(boardVotes.boardId, boardId)))
        .limit(1);
      const [paper] = await tx
        .select({ id: boardPaperVotes.ideaId })
        .from(boardPaperVotes)
        .where(inOrg(boardPaperVotes, orgId, eq(boardPaperVotes.boardId, boardId)))
        .limit(1);
      if (voted || paper) throw new RuleError('board.settingsLocked');
    }
    await tx
      .update(boards)
      .set({ dotsPerPerson, maxDotsPerIdea, byCriteria, talliesLive })
      .where(inOrg(boards, orgId, eq(boards.id, boardId)));
    await publishBoard(tx, orgId, boardId, 'settings');
  });
}
