import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import type { BoardView, QuoteSearch } from '../domain/types';
import { boardOfTrajectory } from './board-records.server';
import { loadBoardView } from './board-view-records.server';
import { searchQuotes } from './search-quotes.server';

/**
 * The facilitator's and the guardian's board (null when none is open yet), with the quote search
 * for one note when the page asks for it (?note=…&q=…).
 */
export async function getFacilitatorPage(
  input: TrajectoryScope & { noteId?: string; q?: string },
): Promise<{ view: BoardView; quoteSearch: QuoteSearch } | null> {
  authorize(input, 'board.curate');
  const board = await boardOfTrajectory(await db(), input.orgId, input.trajectoryId);
  if (!board) return null;
  const view = await loadBoardView({ orgId: input.orgId, boardId: board.id, audience: 'facilitator', memberId: null });
  const noteId = input.noteId ?? '';
  const q = (input.q ?? '').trim().slice(0, 200);
  const quoteSearch =
    noteId && view.notes.some((n) => n.id === noteId) ? { noteId, q, results: await searchQuotes({ ...input, boardId: board.id, noteId, query: q }) } : null;
  return { view, quoteSearch };
}
