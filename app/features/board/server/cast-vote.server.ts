import { and, eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardDots, boardIdeas, boardMembers, boardVotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { phaseAllows } from '../domain/phases';
import type { VoteCriterion } from '../domain/types';
import { assertCriterion, checkViolation, type DeviceMember, isUuid, publishBoard, requireBoard } from './board-records.server';

type VoteResult = { dotsLeft: number };

/**
 * A phone's vote (authorised by its device token): sets this member's dots on one idea (per criterion) to an absolute number, so a retried request
 * changes nothing. The budget and the maximum per idea are enforced by the database. Five statements:
 * the board, one read, the vote, the budget, the event (issue 12: a vote was nine, plus begin and commit).
 */
export async function castVote(input: DeviceMember & { ideaId: string; criterion: VoteCriterion; dots: number; key?: string }): Promise<VoteResult> {
  const { orgId, boardId, memberId, ideaId, criterion, dots, key } = input;
  // Shown with the form: the number of dots is the button pressed, not a field.
  if (!Number.isInteger(dots) || dots < 0) throw new RuleError('board.voteDotsInvalid');
  if (![boardId, memberId, ideaId].every(isUuid)) notFound();
  try {
    return await (
      await db()
    ).transaction(async (tx): Promise<VoteResult> => {
      // The board, locked: votes on one board take turns, and settings cannot change under a vote (a
      // share lock would deadlock with the version the event raises).
      const board = await requireBoard(tx, input, 'update');
      if (!phaseAllows(board.phase, 'vote')) throw new RuleError('board.voteNotNow');
      assertCriterion(board, criterion);
      // Then, in one read (after the lock, so it sees the votes before this one): the member of this
      // board, with the idea if it is of this board, the member's dots on it and the member's budget.
      const [row] = await tx
        .select({ idea: boardIdeas.id, old: boardVotes.dots, used: boardDots.used, budget: boardDots.budget })
        .from(boardMembers)
        .leftJoin(boardIdeas, inOrg(boardIdeas, orgId, and(eq(boardIdeas.boardId, boardId), eq(boardIdeas.id, ideaId))))
        .leftJoin(boardVotes, and(eq(boardVotes.memberId, boardMembers.id), eq(boardVotes.ideaId, ideaId), eq(boardVotes.criterion, criterion)))
        .leftJoin(boardDots, and(eq(boardDots.memberId, boardMembers.id), eq(boardDots.criterion, criterion)))
        .where(inOrg(boardMembers, orgId, and(eq(boardMembers.id, memberId), eq(boardMembers.boardId, boardId))));
      if (!row?.idea) notFound();
      const old = row.old ?? 0;
      if (old === dots) return { dotsLeft: (row.budget ?? board.dotsPerPerson) - (row.used ?? 0) };
      await tx
        .insert(boardVotes)
        .values({ orgId, boardId, memberId, ideaId, criterion, dots, maxDots: board.maxDotsPerIdea })
        .onConflictDoUpdate({ target: [boardVotes.memberId, boardVotes.ideaId, boardVotes.criterion], set: { dots, maxDots: board.maxDotsPerIdea } });
      // The CHECK on board_dots refuses this when it would go over the budget. No upsert: PostgreSQL
      // checks the row to insert first, and a vote taken back would insert a negative count.
      const budgetRow = inOrg(boardDots, orgId, and(eq(boardDots.memberId, memberId), eq(boardDots.criterion, criterion)));
      const [after] =
        row.used === null
          ? await tx
              .insert(boardDots)
              .values({ orgId, memberId, criterion, used: dots - old, budget: board.dotsPerPerson })
              .returning({ used: boardDots.used, budget: boardDots.budget })
          : await tx
              .update(boardDots)
              .set({ used: sql`${boardDots.used} + ${dots - old}` })
              .where(budgetRow)
              .returning({ used: boardDots.used, budget: boardDots.budget });
      // Running tallies travel only while they are shown on the phones.
      const change = board.talliesLive ? ({ kind: 'vote', ideaId, criterion, delta: dots - old } as const) : ({ kind: 'quiet' } as const);
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
