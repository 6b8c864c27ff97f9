import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardThemes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { themeName } from '../domain/texts';
import { assertPhase, knownOnBoard, publishBoard, requireBoard, requireTheme, type StaffOnBoard } from './board-records.server';

export async function renameTheme(input: StaffOnBoard & { themeId: string; name: string }): Promise<void> {
  authorize(input, 'board.curate');
  const { orgId, boardId } = input;
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, input);
    assertPhase(board, 'cluster');
    const name = themeName(input.name, await knownOnBoard(tx, board));
    const theme = await requireTheme(tx, orgId, boardId, input.themeId);
    await tx
      .update(boardThemes)
      .set({ name })
      .where(inOrg(boardThemes, orgId, eq(boardThemes.id, theme.id)));
    await publishBoard(tx, orgId, boardId, 'theme');
  });
}
