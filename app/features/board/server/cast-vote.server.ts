import { and, eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardDots, boardVotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { phaseAllows } from '../domain/phases';
import type { VoteCriterion } from '../domain/types';
import { assertCriterion, checkViolation, type DeviceMember, publishBoard, requireBoard, requireIdea, requireMember } from './board-records.server';

type VoteResult = { dotsLeft: number };

/**
 * A phone's vote (authorised by its device token): sets this member's dots on one idea (per criterion) to an absolute number, so a retried request
 * changes nothing. The budget and the maximum per idea are enforced by the database.
 */
export async function castVote(input: DeviceMember & { ideaId: string; criterion: VoteCriterion; dots: number; key?: string }): Promise<VoteResult> {
  const { orgId, boardId, memberId, criterion, dots, key } = input;
  // Shown with the form: the number of dots is the button pressed, not a field.
  if (!Number.isInteger(dots) || dots < 0) throw new RuleError('board.voteDotsInvalid');
  try {
    return await (
      await db()
    ).transaction(async (tx): Promise<VoteResult> => {
      // Settings cannot change under a vote that is being cast. An update lock, not a share lock:
      // the event raises the board's version, and two votes holding a share lock would deadlock there.
      const board = await requireBoard(tx, input, 'update');
      if (!phaseAllows(board.phase, 'vote')) throw new RuleError('board.voteNotNow');
      assertCriterion(board, criterion);
      await requireMember(tx, orgId, boardId, memberId);
      const idea = await requireIdea(tx, orgId, boardId, input.ideaId);
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
      if (old === dots) return { dotsLeft: budget!.budget - budget!.used };
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
      // Running tallies travel only while they are shown on the phones.
      const change = board.talliesLive ? ({ kind: 'vote', ideaId: idea.id, criterion, delta: dots - old } as const) : ({ kind: 'quiet' } as const);
      await publishBoard(tx, orgId, boardId, 'vote', { key, change });
      return { dotsLeft: after!.budget - after!.used };
    });
  } catch (error) {
    const broken = checkViolation(error);
    if (broken === 'board_dots_budget') throw new RuleError('board.voteNoDotsLeft');
    if (broken === 'board_votes_max') throw new RuleError('board.voteMaxPerIdea');
    throw error;
  }
}
