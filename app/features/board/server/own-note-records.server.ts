// The checks shared by a phone's changes to its own note: the note must be this phone's, not hidden,
// and its phase must still take notes in its column.
import type { Tx } from '#app/db/client.server';
import { notFound } from '#app/utils/http.server';
import { RuleError } from '#app/utils/rule-error';
import { columnsFor } from '../domain/phases';
import { type Board, type DeviceMember, requireBoard, requireMember, requireNote } from './board-records.server';

/**
 * The board (locked, so the phase cannot move on before the commit) and the phone's own note. A note
 * of another phone, another board or organisation, or one the facilitator hid is a 404: the phone
 * cannot change what it does not own or no longer sees. A phase that closed the note's column is a RuleError.
 */
export async function requireOwnNote(tx: Tx, input: DeviceMember & { noteId: string }): Promise<{ board: Board; noteId: string; waiting: boolean }> {
  const { orgId, boardId } = input;
  const board = await requireBoard(tx, input, 'update');
  const memberId = await requireMember(tx, orgId, boardId, input.memberId);
  const note = await requireNote(tx, orgId, boardId, input.noteId);
  if (note.memberId !== memberId || note.hiddenAt !== null) notFound();
  if (!columnsFor(board.phase).includes(note.column)) throw new RuleError('board.noteClosed');
  return { board, noteId: note.id, waiting: note.shownAt === null };
}
