// Closing a board: the ranking by all dots and the draft change agenda it writes. Shared by
// closeBoard and setPhase (moving to 'closed'), and by the views that show the top 10.
import { and, asc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '#app/db/client.server';
import { agendaItems, boardIdeas, boardNoteQuotes, boardNotes, boards, boardThemes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { rankIdeas } from '../domain/ranking';
import { sumTally } from '../domain/tally';
import type { RankedItem } from '../domain/types';
import { type Board, boardTallies, publishBoard } from './board-records.server';

/** The ranking by all dots (members' and paper), as shown once the board is closed. */
export async function rankBoard(reader: Db | Tx, orgId: string, boardId: string): Promise<RankedItem[]> {
  const ideas = await reader
    .select({ id: boardIdeas.id, text: boardIdeas.text, createdAt: boardIdeas.createdAt, themeName: boardThemes.name })
    .from(boardIdeas)
    .innerJoin(boardThemes, eq(boardThemes.id, boardIdeas.themeId))
    .where(inOrg(boardIdeas, orgId, eq(boardIdeas.boardId, boardId)));
  const tallies = await boardTallies(reader, orgId, boardId);
  return rankIdeas(
    ideas.map((idea) => ({
      ideaId: idea.id,
      title: idea.text,
      themeName: idea.themeName,
      dots: sumTally(tallies.member.get(idea.id), tallies.paper.get(idea.id)),
      createdAt: idea.createdAt.getTime(),
    })),
  );
}

/** Inside a transaction holding the board's row lock. */
export async function closeInTx(tx: Tx, board: Board): Promise<RankedItem[]> {
  const { orgId, id: boardId, trajectoryId } = board;
  if (!['vote', 'tomorrow', 'closed'].includes(board.phase)) throw new RuleError('board.closeTooEarly');
  const top = await rankBoard(tx, orgId, boardId);

  // Closing again replaces the drafts from this board; items already agreed on stay as they are.
  const fromThisBoard = tx
    .select({ id: boardIdeas.id })
    .from(boardIdeas)
    .where(inOrg(boardIdeas, orgId, eq(boardIdeas.boardId, boardId)));
  await tx
    .delete(agendaItems)
    .where(
      inOrg(agendaItems, orgId, and(eq(agendaItems.trajectoryId, trajectoryId), eq(agendaItems.status, 'draft'), inArray(agendaItems.ideaId, fromThisBoard))),
    );
  const agreed = new Set(
    (
      await tx
        .select({ ideaId: agendaItems.ideaId })
        .from(agendaItems)
        .where(inOrg(agendaItems, orgId, and(eq(agendaItems.trajectoryId, trajectoryId), eq(agendaItems.status, 'agreed'))))
    ).map((r) => r.ideaId),
  );
  const items = top.filter((item) => !agreed.has(item.ideaId));
  if (items.length > 0) {
    const context = await themeContext(
      tx,
      orgId,
      items.map((i) => i.ideaId),
    );
    await tx.insert(agendaItems).values(
      items.map((item) => ({
        orgId,
        trajectoryId,
        rank: item.rank,
        tied: item.tied,
        title: item.title,
        themeName: item.themeName,
        dots: item.dots,
        notes: context.get(item.ideaId)?.notes ?? [],
        quotes: context.get(item.ideaId)?.quotes ?? [],
        ideaId: item.ideaId,
        status: 'draft' as const,
      })),
    );
  }
  await tx
    .update(boards)
    .set({ phase: 'closed', closedAt: sql`now()` })
    .where(inOrg(boards, orgId, eq(boards.id, boardId)));
  await publishBoard(tx, orgId, boardId, 'closed');
  return top;
}

/** Per idea: the texts of its theme's notes, and the parents' literal quotes linked to those notes. */
async function themeContext(tx: Tx, orgId: string, ideaIds: string[]) {
  const rows = await tx
    .select({ ideaId: boardIdeas.id, noteId: boardNotes.id, text: boardNotes.text })
    .from(boardIdeas)
    .innerJoin(boardNotes, and(eq(boardNotes.themeId, boardIdeas.themeId), isNull(boardNotes.hiddenAt), isNotNull(boardNotes.shownAt)))
    .where(inOrg(boardIdeas, orgId, inArray(boardIdeas.id, ideaIds)))
    .orderBy(asc(boardNotes.createdAt), asc(boardNotes.id));
  const noteIds = [...new Set(rows.map((r) => r.noteId))];
  const quotes =
    noteIds.length === 0
      ? []
      : await tx
          .select({ noteId: boardNoteQuotes.noteId, quote: boardNoteQuotes.quote })
          .from(boardNoteQuotes)
          .where(inOrg(boardNoteQuotes, orgId, inArray(boardNoteQuotes.noteId, noteIds)))
          .orderBy(asc(boardNoteQuotes.createdAt), asc(boardNoteQuotes.quoteIndex));
  const context = new Map<string, { notes: string[]; quotes: string[] }>();
  for (const row of rows) {
    const entry = context.get(row.ideaId) ?? { notes: [], quotes: [] };
    entry.notes.push(row.text);
    for (const q of quotes) if (q.noteId === row.noteId && !entry.quotes.includes(q.quote)) entry.quotes.push(q.quote);
    context.set(row.ideaId, entry);
  }
  return context;
}
