// Many phones voting at the same moment: the budget holds and every accepted dot is counted.
// Runs on PGlite in the first test pass and on PostgreSQL (real parallel transactions) in the second.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { boardDots, boardVotes } from '#app/db/schema';
import { RuleError } from '#app/utils/rule-error';
import { votingBoard } from './board-fixture';
import { loadBoardView } from './board-view-records.server';
import { castVote } from './cast-vote.server';

const noDotsLeft = (error: unknown) => error instanceof RuleError && error.messageKey === 'board.voteNoDotsLeft';

describe('voting at the same moment (S7b, correctness under load)', () => {
  it('40 voters with 5 dots each, 7 votes each at once: exactly 200 dots, no one over budget, exact totals', { timeout: 120_000 }, async () => {
    const { ids, device, ideas, join } = await votingBoard(7);
    const members: string[] = [];
    for (let i = 0; i < 40; i++) members.push(await join());

    const attempts = members.flatMap((memberId) => ideas.map((ideaId) => ({ memberId, ideaId })));
    const results = await Promise.allSettled(attempts.map((a) => castVote({ ...device, ...a, criterion: '', dots: 1, key: randomUUID() })));
    // Only refusals for the budget: nothing else may go wrong under load.
    expect(results.filter((r) => r.status === 'rejected' && !noDotsLeft(r.reason))).toEqual([]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(200);

    const database = await db();
    const dots = await database.select().from(boardDots).where(eq(boardDots.orgId, ids.orgId));
    expect(dots).toHaveLength(40);
    expect(dots.every((d) => d.used === 5 && d.budget === 5)).toBe(true);

    const accepted = new Map<string, number>();
    attempts.forEach((a, i) => {
      if (results[i]!.status === 'fulfilled') accepted.set(a.ideaId, (accepted.get(a.ideaId) ?? 0) + 1);
    });
    const votes = await database.select().from(boardVotes).where(eq(boardVotes.boardId, ids.boardId));
    for (const ideaId of ideas) {
      expect(votes.filter((v) => v.ideaId === ideaId).reduce((sum, v) => sum + v.dots, 0)).toBe(accepted.get(ideaId) ?? 0);
    }
    const view = await loadBoardView({ ...ids, audience: 'facilitator', memberId: null });
    expect(view.ideas.map((i) => i.total)).toEqual(ideas.map((id) => accepted.get(id) ?? 0));
    expect(view.ideas.reduce((sum, i) => sum + (i.total ?? 0), 0)).toBe(200);
  });

  it('one person on two devices: two batches of 5 votes at once get exactly 5 dots in', async () => {
    const { device, ideas, join } = await votingBoard(10);
    const me = await join();
    const batch = (from: number) => ideas.slice(from, from + 5).map((ideaId) => castVote({ ...device, memberId: me, ideaId, criterion: '', dots: 1 }));
    const results = await Promise.allSettled([...batch(0), ...batch(5)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    expect(results.filter((r) => r.status === 'rejected' && noDotsLeft(r.reason))).toHaveLength(5);
    const view = await loadBoardView({ ...device, audience: 'participant', memberId: me });
    expect(view.dotsLeft).toEqual({ '': 0 });
    expect(view.ideas.reduce((sum, i) => sum + (i.myDots[''] ?? 0), 0)).toBe(5);
  });
});
