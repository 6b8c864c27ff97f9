import { and, eq } from 'drizzle-orm';
import { db, type Db, type Tx } from '#app/db/client.server';
import { minuteNotes, minutes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { matchQuotes, type QuoteSource } from '../domain/quote-match';
import type { QuoteCandidate } from '../domain/types';
import { requireBoard, requireNote } from './board-records.server';

const LIMIT = 20;

/** Every literal quote in the trajectory's minutes, once they are finalised (a draft may still change). */
export async function finalisedQuotes(reader: Db | Tx, orgId: string, trajectoryId: string): Promise<QuoteSource[]> {
  const rows = await reader
    .select({ id: minuteNotes.id, questionText: minuteNotes.questionText, quotes: minuteNotes.quotes })
    .from(minuteNotes)
    .innerJoin(minutes, and(eq(minutes.trajectoryId, minuteNotes.trajectoryId), eq(minutes.orgId, orgId), eq(minutes.status, 'finalised')))
    .where(inOrg(minuteNotes, orgId, eq(minuteNotes.trajectoryId, trajectoryId)))
    .orderBy(minuteNotes.createdAt, minuteNotes.id);
  return rows.flatMap((row) => row.quotes.map((quote, quoteIndex) => ({ minuteNoteId: row.id, quoteIndex, quote, questionText: row.questionText })));
}

/** Literal quotes from the trajectory's finalised minutes: matching the query, or (empty query) most like the note. */
export async function searchQuotes({
  orgId,
  boardId,
  noteId,
  query,
}: {
  orgId: string;
  boardId: string;
  noteId: string;
  query: string;
}): Promise<QuoteCandidate[]> {
  const database = await db();
  const board = await requireBoard(database, orgId, boardId);
  const note = await requireNote(database, orgId, boardId, noteId);
  const all = await finalisedQuotes(database, orgId, board.trajectoryId);
  const q = query.trim().toLocaleLowerCase('nl');
  if (q === '') return matchQuotes(note.text, all);
  const found = all.filter((s) => s.quote.toLocaleLowerCase('nl').includes(q));
  // Every quote containing the words is shown; those most like the note come first.
  const scores = new Map(matchQuotes(note.text, found, found.length).map((m) => [`${m.minuteNoteId}:${m.quoteIndex}`, m.score]));
  return found
    .map((s) => ({ ...s, score: scores.get(`${s.minuteNoteId}:${s.quoteIndex}`) ?? 0 }))
    .sort((a, b) => b.score - a.score)
    .slice(0, LIMIT);
}
