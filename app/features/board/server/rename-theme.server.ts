import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardThemes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { assertPhase, publishBoard, requireBoard, requireTheme } from './board-records.server';
import { themeName } from './create-theme.server';

export async function renameTheme({ orgId, boardId, themeId, name }: { orgId: string; boardId: string; themeId: string; name: string }): Promise<void> {
  const newName = themeName(name);
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    assertPhase(board, 'cluster');
    const theme = await requireTheme(tx, orgId, boardId, themeId);
    await tx
      .update(boardThemes)
      .set({ name: newName })
      .where(inOrg(boardThemes, orgId, eq(boardThemes.id, theme.id)));
    await publishBoard(tx, orgId, boardId, 'theme');
  });
}
