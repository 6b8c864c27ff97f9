import { db } from '#app/db/client.server';
import { boardPaperVotes } from '#app/db/schema';
import { BoardRuleError } from '../domain/errors';
import type { VoteCriterion } from '../domain/types';
import { assertCriterion, assertPhase, publishBoard, requireBoard, requireIdea } from './board-records.server';

/** The counted paper stickers for one idea (per criterion), entered by the facilitator for the room. */
export async function enterPaperVotes({
  orgId,
  actorId,
  boardId,
  ideaId,
  criterion,
  dots,
}: {
  orgId: string;
  actorId: string;
  boardId: string;
  ideaId: string;
  criterion: VoteCriterion;
  dots: number;
}): Promise<void> {
  if (!Number.isInteger(dots) || dots < 0 || dots > 10_000) throw new BoardRuleError('board.paperInvalid', 'dots');
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId, 'share');
    assertPhase(board, 'paperVotes');
    assertCriterion(board, criterion);
    const idea = await requireIdea(tx, orgId, boardId, ideaId);
    // The count replaces the previous one: entering the same count twice changes nothing.
    await tx
      .insert(boardPaperVotes)
      .values({ orgId, boardId, ideaId: idea.id, criterion, dots, enteredBy: actorId })
      .onConflictDoUpdate({ target: [boardPaperVotes.ideaId, boardPaperVotes.criterion], set: { dots, enteredBy: actorId } });
    await publishBoard(tx, orgId, boardId, 'vote');
  });
}
