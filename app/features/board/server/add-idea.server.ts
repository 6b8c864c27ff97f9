import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardIdeas } from '#app/db/schema';
import { noteText } from '../domain/texts';
import { addOnce, assertPhase, isStaff, knownOnBoard, requireBoard, requireTheme, type Writer, writerOf } from './board-records.server';

/** Adds an idea to a theme (idempotent on key), only in the ideas phase: by a phone, or by the facilitator for the room ('board.run'). */
export async function addIdea(input: Writer & { themeId: string; text: string; key: string }): Promise<{ id: string; duplicate: boolean }> {
  if (isStaff(input)) authorize(input, 'board.run');
  const { orgId, boardId, key } = input;
  return (await db()).transaction(async (tx) => {
    const board = await requireBoard(tx, input);
    return addOnce(
      tx,
      boardIdeas,
      { orgId, boardId, key, kind: 'idea', writer: input, sent: { themeId: input.themeId, text: input.text.trim() } },
      async () => {
        assertPhase(board, 'idea');
        const theme = await requireTheme(tx, orgId, boardId, input.themeId);
        return { ...(await writerOf(tx, input)), themeId: theme.id, text: noteText(input.text, await knownOnBoard(tx, board)) };
      },
      (id, values) => ({
        kind: 'idea',
        // Before the reveal no phone may read another's idea: only that one more exists.
        idea: board.ideasRevealed ? { id, themeId: values.themeId as string, text: values.text as string, onBehalf: values.onBehalf as boolean } : null,
      }),
    );
  });
}
