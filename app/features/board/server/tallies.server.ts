import { eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { boardPaperVotes, boardVotes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import type { VoteCriterion } from '../domain/types';

export type Tally = Partial<Record<VoteCriterion, number>>;

/** Dots per idea and criterion: the members' dots and the counted paper stickers, apart. */
export async function boardTallies(reader: Db | Tx, orgId: string, boardId: string) {
  // One query after the other: the reader may be a transaction, which has one connection.
  const member = await reader
    .select({ ideaId: boardVotes.ideaId, criterion: boardVotes.criterion, dots: sql<number>`sum(${boardVotes.dots})::int` })
    .from(boardVotes)
    .where(inOrg(boardVotes, orgId, eq(boardVotes.boardId, boardId)))
    .groupBy(boardVotes.ideaId, boardVotes.criterion);
  const paper = await reader
    .select({ ideaId: boardPaperVotes.ideaId, criterion: boardPaperVotes.criterion, dots: boardPaperVotes.dots })
    .from(boardPaperVotes)
    .where(inOrg(boardPaperVotes, orgId, eq(boardPaperVotes.boardId, boardId)));
  const byIdea = (rows: { ideaId: string; criterion: VoteCriterion; dots: number }[]) => {
    const map = new Map<string, Tally>();
    for (const row of rows) map.set(row.ideaId, { ...map.get(row.ideaId), [row.criterion]: row.dots });
    return map;
  };
  return { member: byIdea(member), paper: byIdea(paper) };
}

export const sumTally = (...tallies: (Tally | undefined)[]) =>
  tallies.reduce<number>((sum, t) => sum + Object.values(t ?? {}).reduce((a, b) => a + (b ?? 0), 0), 0);
