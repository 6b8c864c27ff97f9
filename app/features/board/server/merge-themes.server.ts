import { and, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardIdeas, boardNotes, boardThemes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { assertPhase, publishBoard, requireBoard, requireTheme, type StaffOnBoard } from './board-records.server';

/** Moves every note and idea of fromId into intoId and removes fromId. */
export async function mergeThemes(input: StaffOnBoard & { fromId: string; intoId: string }): Promise<void> {
  authorize(input, 'board.curate');
  const { orgId, boardId } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    assertPhase(await requireBoard(tx, input), 'cluster');
    const from = await requireTheme(tx, orgId, boardId, input.fromId);
    const into = await requireTheme(tx, orgId, boardId, input.intoId);
    if (from.id === into.id) throw new RuleError('board.mergeSame', 'intoId');
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
