import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardPaperVotes } from '#app/db/schema';
import { RuleError } from '#app/utils/rule-error';
import type { VoteCriterion } from '../domain/types';
import { assertCriterion, assertPhase, publishBoard, requireBoard, requireIdea, type StaffOnBoard } from './board-records.server';

/** The counted paper stickers for one idea (per criterion), entered by the facilitator for the room. */
export async function enterPaperVotes(input: StaffOnBoard & { ideaId: string; criterion: VoteCriterion; dots: number }): Promise<void> {
  authorize(input, 'board.run');
  const { orgId, boardId, criterion, dots } = input;
  const enteredBy = input.actor.userId;
  if (!Number.isInteger(dots) || dots < 0 || dots > 10_000) throw new RuleError('board.paperInvalid', 'dots');
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, input, 'update');
    assertPhase(board, 'paperVotes');
    assertCriterion(board, criterion);
    const idea = await requireIdea(tx, orgId, boardId, input.ideaId);
    // The count replaces the previous one: entering the same count twice changes nothing.
    await tx
      .insert(boardPaperVotes)
      .values({ orgId, boardId, ideaId: idea.id, criterion, dots, enteredBy })
      .onConflictDoUpdate({ target: [boardPaperVotes.ideaId, boardPaperVotes.criterion], set: { dots, enteredBy } });
    await publishBoard(tx, orgId, boardId, 'vote');
  });
}
