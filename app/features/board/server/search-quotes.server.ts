// STUB: to be implemented (helper B).
import type { QuoteCandidate } from '../domain/types';
/** Literal quotes from the trajectory's finalised minutes: matching the query, or (empty query) most like the note. */
export async function searchQuotes(_args: { orgId: string; boardId: string; noteId: string; query: string }): Promise<QuoteCandidate[]> {
  throw new Error('todo');
}
