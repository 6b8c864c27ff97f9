import { and, eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardDots, boardVotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { BoardRuleError } from '../domain/errors';
import { phaseAllows } from '../domain/phases';
import type { VoteCriterion } from '../domain/types';
import { assertCriterion, publishBoard, requireBoard, requireIdea, requireMemberOrNull } from './board-records.server';

type VoteResult = { ok: true; dotsLeft: number } | { ok: false; reason: 'budget' | 'max' | 'phase' };

/**
 * Sets this member's dots on one idea (per criterion) to an absolute number, so a retried request
 * changes nothing. The budget and the maximum per idea are enforced by the database.
 */
export async function castVote({
  orgId,
  boardId,
  memberId,
  ideaId,
  criterion,
  dots,
  key,
}: {
  orgId: string;
  boardId: string;
  memberId: string;
  ideaId: string;
  criterion: VoteCriterion;
  dots: number;
  key?: string;
}): Promise<VoteResult> {
  if (!Number.isInteger(dots) || dots < 0) throw new BoardRuleError('board.voteDotsInvalid', 'dots');
  try {
    return await (
      await db()
    ).transaction(async (tx): Promise<VoteResult> => {
      // Share lock: settings cannot change under a vote that is being cast.
      const board = await requireBoard(tx, orgId, boardId, 'share');
      if (!phaseAllows(board.phase, 'vote')) return { ok: false, reason: 'phase' };
      assertCriterion(board, criterion);
      await requireMemberOrNull(tx, orgId, boardId, memberId);
      const idea = await requireIdea(tx, orgId, boardId, ideaId);
      // The member's budget row, locked: votes of one person (two devices) take turns here.
      await tx.insert(boardDots).values({ orgId, memberId, criterion, used: 0, budget: board.dotsPerPerson }).onConflictDoNothing();
      const [budget] = await tx
        .select({ used: boardDots.used, budget: boardDots.budget })
        .from(boardDots)
        .where(inOrg(boardDots, orgId, and(eq(boardDots.memberId, memberId), eq(boardDots.criterion, criterion))))
        .for('update');
      const [previous] = await tx
        .select({ dots: boardVotes.dots })
        .from(boardVotes)
        .where(inOrg(boardVotes, orgId, and(eq(boardVotes.memberId, memberId), eq(boardVotes.ideaId, idea.id), eq(boardVotes.criterion, criterion))));
      const old = previous?.dots ?? 0;
      if (old === dots) return { ok: true, dotsLeft: budget!.budget - budget!.used };
      await tx
        .insert(boardVotes)
        .values({ orgId, boardId, memberId, ideaId: idea.id, criterion, dots, maxDots: board.maxDotsPerIdea })
        .onConflictDoUpdate({ target: [boardVotes.memberId, boardVotes.ideaId, boardVotes.criterion], set: { dots, maxDots: board.maxDotsPerIdea } });
      // The CHECK on board_dots refuses this update when it would go over the budget.
      const [after] = await tx
        .update(boardDots)
        .set({ used: sql`${boardDots.used} + ${dots - old}` })
        .where(inOrg(boardDots, orgId, and(eq(boardDots.memberId, memberId), eq(boardDots.criterion, criterion))))
        .returning({ used: boardDots.used, budget: boardDots.budget });
      await publishBoard(tx, orgId, boardId, 'vote', key);
      return { ok: true, dotsLeft: after!.budget - after!.used };
    });
  } catch (error) {
    const broken = checkViolation(error);
    if (broken === 'board_dots_budget') return { ok: false, reason: 'budget' };
    if (broken === 'board_votes_max') return { ok: false, reason: 'max' };
    throw error;
  }
}

/** The name of the CHECK constraint that refused a statement (PostgreSQL code 23514), looking through Drizzle's wrapper. */
export function checkViolation(error: unknown): string | null {
  for (let e = error as { code?: unknown; constraint?: unknown; message?: unknown; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23514') {
      if (typeof e.constraint === 'string') return e.constraint;
      const named = /check constraint "([^"]+)"/.exec(String(e.message));
      return named ? named[1]! : null;
    }
  }
  return null;
}
