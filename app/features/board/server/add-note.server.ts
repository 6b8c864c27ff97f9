import { sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { type Db, db } from '#app/db/client.server';
import { boardNotes } from '#app/db/schema';
import { boardChannel } from '#app/realtime/channels';
import { RuleError } from '#app/utils/rule-error';
import type { BoardChange } from '../domain/live';
import { waitsForFacilitator } from '../domain/moderation';
import { columnsFor, phaseAllows } from '../domain/phases';
import { noteText } from '../domain/texts';
import type { NoteColumn } from '../domain/types';
import { addOnce, assertPhase, type Board, isStaff, knownOnBoard, requireBoard, type Writer, writerOf } from './board-records.server';

type NoteInput = Writer & { column: NoteColumn; text: string; key: string };

/**
 * Adds a sticky note (idempotent on key): by a phone (its device member), or by the facilitator
 * for the room (a TrajectoryScope: 'board.run'). A RuleError when the phase does not take this column.
 * Two round trips when the note is simply new (issue 12): the board, then one statement. Anything
 * else (a refusal, a retry, a phase that moved on meanwhile) takes the ordinary transaction, which
 * gives the precise answer.
 */
export async function addNote(input: NoteInput): Promise<{ id: string; duplicate: boolean; waiting: boolean }> {
  if (isStaff(input)) authorize(input, 'board.run');
  const database = await db();
  const first = await requireBoard(database, input);
  const id = await insertNew(database, first, input);
  if (id) return { id, duplicate: false, waiting: waits(first, input) };
  const { orgId, boardId, column, key } = input;
  return database.transaction(async (tx) => {
    const board = await requireBoard(tx, input);
    const waiting = waits(board, input);
    const added = await addOnce(
      tx,
      boardNotes,
      { orgId, boardId, key, kind: 'note', writer: input, sent: { column, text: input.text.trim() } },
      async () => {
        assertPhase(board, 'note');
        // Shown with the form: the column is chosen by the button pressed, not a field.
        if (!columnsFor(board.phase).includes(column)) throw new RuleError('board.columnClosed');
        const values = { ...(await writerOf(tx, input)), column, text: noteText(input.text, await knownOnBoard(tx, board)) };
        return waiting ? { ...values, shownAt: null } : values;
      },
      (id, values) => (waiting ? QUIET : noteChange(id, column, values.text as string, values.onBehalf as boolean)),
    );
    // A retry answers what the note is now; a new note waits as the board said.
    return { ...added, waiting };
  });
}

/** On a moderated board a phone's note waits for the facilitator (issue 14, 5e). */
const waits = (board: Board, input: NoteInput) => waitsForFacilitator({ moderated: board.moderateNotes, byStaff: isStaff(input) });

/** A waiting note travels to no other screen: the event only moves the board's version on. */
const QUIET: BoardChange = { kind: 'quiet' };

/** What every phone sees of a new note, or of a waiting note once shown (decision 0011). */
const noteChange = (id: string, column: NoteColumn, text: string, onBehalf: boolean): BoardChange => ({
  kind: 'note',
  note: { id, column, text, themeId: null, onBehalf, interpretation: false, interpretationComment: '', quotes: [] },
});

/**
 * The usual case in one statement: stores the note and its event while the board is still in the
 * phase checked here and the phone's member is of this board. Null when anything is not as
 * expected (the key taken, the phase changed, a refusal), for the ordinary path to answer.
 */
async function insertNew(database: Db, board: Board, input: NoteInput): Promise<string | null> {
  if (!phaseAllows(board.phase, 'note') || !columnsFor(board.phase).includes(input.column)) return null;
  let text: string;
  try {
    text = noteText(input.text, await knownOnBoard(database, board));
  } catch (error) {
    if (error instanceof RuleError) return null;
    throw error;
  }
  const { orgId, boardId, column, key } = input;
  const memberId = isStaff(input) ? null : input.memberId;
  const waiting = waits(board, input);
  const payload = JSON.stringify({ key, change: waiting ? QUIET : noteChange('', column, text, memberId === null) });
  // A waiting note's event carries no note, so there is no id to fill in (jsonb_set leaves it as it is).
  const result = await database.execute(sql`
    WITH inserted AS (
      INSERT INTO ${boardNotes} (org_id, board_id, member_id, on_behalf, "column", text, idempotency_key, shown_at)
      SELECT ${orgId}, ${boardId}, ${memberId}::uuid, ${memberId === null}, ${column}, ${text}, ${key}, CASE WHEN ${waiting}::boolean THEN NULL ELSE now() END
      WHERE EXISTS (SELECT 1 FROM boards WHERE org_id = ${orgId} AND id = ${boardId} AND phase = ${board.phase} AND moderate_notes = ${board.moderateNotes}::boolean)
        AND (${memberId}::uuid IS NULL OR EXISTS (SELECT 1 FROM board_members WHERE org_id = ${orgId} AND id = ${memberId}::uuid AND board_id = ${boardId}))
      ON CONFLICT (board_id, member_id, idempotency_key) DO NOTHING
      RETURNING id
    )
    SELECT id, board_publish(${orgId}, ${boardId}, ${boardChannel(boardId)}, 'note', jsonb_set(${payload}::jsonb, '{change,note,id}', to_jsonb(id))) AS event
    FROM inserted`);
  const [row] = (result as unknown as { rows: { id: string }[] }).rows;
  return row?.id ?? null;
}
