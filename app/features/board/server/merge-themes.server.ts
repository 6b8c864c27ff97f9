import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardIdeas, boardNotes, boardThemes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { BoardRuleError } from '../domain/errors';
import { assertPhase, publishBoard, requireBoard, requireTheme } from './board-records.server';

/** Moves every note and idea of fromId into intoId and removes fromId. */
export async function mergeThemes({ orgId, boardId, fromId, intoId }: { orgId: string; boardId: string; fromId: string; intoId: string }): Promise<void> {
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    assertPhase(board, 'cluster');
    const from = await requireTheme(tx, orgId, boardId, fromId);
    const into = await requireTheme(tx, orgId, boardId, intoId);
    if (from.id === into.id) throw new BoardRuleError('board.mergeSame', 'intoId');
    await tx
      .update(boardNotes)
      .set({ themeId: into.id })
      .where(inOrg(boardNotes, orgId, and(eq(boardNotes.boardId, boardId), eq(boardNotes.themeId, from.id))));
    await tx
      .update(boardIdeas)
      .set({ themeId: into.id })
      .where(inOrg(boardIdeas, orgId, and(eq(boardIdeas.boardId, boardId), eq(boardIdeas.themeId, from.id))));
    await tx.delete(boardThemes).where(inOrg(boardThemes, orgId, eq(boardThemes.id, from.id)));
    await publishBoard(tx, orgId, boardId, 'theme');
  });
}
