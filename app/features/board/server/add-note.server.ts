import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { RuleError } from '#app/utils/rule-error';
import { columnsFor } from '../domain/phases';
import { noteText } from '../domain/texts';
import type { NoteColumn } from '../domain/types';
import { addOnce, assertPhase, isStaff, knownOnBoard, requireBoard, type Writer, writerOf } from './board-records.server';

/**
 * Adds a sticky note (idempotent on key): by a phone (its device member), or by the facilitator
 * for the room (a TrajectoryScope: 'board.run'). A RuleError when the phase does not take this column.
 */
export async function addNote(input: Writer & { column: NoteColumn; text: string; key: string }): Promise<{ id: string; duplicate: boolean }> {
  if (isStaff(input)) authorize(input, 'board.run');
  const { orgId, boardId, column, key } = input;
  return (await db()).transaction(async (tx) => {
    const board = await requireBoard(tx, input);
    return addOnce(
      tx,
      boardNotes,
      { orgId, boardId, key, kind: 'note' },
      async () => {
        assertPhase(board, 'note');
        // Shown with the form: the column is chosen by the button pressed, not a field.
        if (!columnsFor(board.phase).includes(column)) throw new RuleError('board.columnClosed');
        return { ...(await writerOf(tx, input)), column, text: noteText(input.text, await knownOnBoard(tx, board)) };
      },
      (id, values) => ({
        kind: 'note',
        note: {
          id,
          column,
          text: values.text as string,
          themeId: null,
          onBehalf: values.onBehalf as boolean,
          interpretation: false,
          interpretationComment: '',
          quotes: [],
        },
      }),
    );
  });
}
