import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { matchQuotes } from '../domain/quote-match';
import type { QuoteCandidate } from '../domain/types';
import { finalisedQuotes, requireBoard, requireNote, type StaffOnBoard } from './board-records.server';

const LIMIT = 20;

/** Literal quotes from the trajectory's finalised minutes: matching the query, or (empty query) most like the note. */
export async function searchQuotes(input: StaffOnBoard & { noteId: string; query: string }): Promise<QuoteCandidate[]> {
  authorize(input, 'board.curate');
  const { orgId, boardId } = input;
  const database = await db();
  const board = await requireBoard(database, input);
  const note = await requireNote(database, orgId, boardId, input.noteId);
  const all = await finalisedQuotes(database, orgId, board.trajectoryId);
  const q = input.query.trim().toLocaleLowerCase('nl');
  if (q === '') return matchQuotes(note.text, all);
  const found = all.filter((s) => s.quote.toLocaleLowerCase('nl').includes(q));
  // Every quote containing the words is shown; those most like the note come first.
  const scores = new Map(matchQuotes(note.text, found, found.length).map((m) => [`${m.minuteNoteId}:${m.quoteIndex}`, m.score]));
  return found
    .map((s) => ({ ...s, score: scores.get(`${s.minuteNoteId}:${s.quoteIndex}`) ?? 0 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, LIMIT);
}
