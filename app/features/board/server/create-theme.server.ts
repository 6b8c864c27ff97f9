import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { db, type Tx } from '#app/db/client.server';
import { boardNotes, boardThemes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { BoardRuleError } from '../domain/errors';
import { assertPhase, isUuid, publishBoard, requireBoard } from './board-records.server';

/** Creates a theme; with noteIds (an accepted suggestion), moves those notes that are still unassigned into it. */
export async function createTheme({
  orgId,
  boardId,
  name,
  noteIds = [],
}: {
  orgId: string;
  boardId: string;
  name: string;
  noteIds?: string[];
}): Promise<{ id: string }> {
  return (await db()).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    assertPhase(board, 'cluster');
    const [position] = await tx
      .select({ next: sql<number>`coalesce(max(${boardThemes.position}) + 1, 0)::int` })
      .from(boardThemes)
      .where(inOrg(boardThemes, orgId, eq(boardThemes.boardId, boardId)));
    const [theme] = await tx
      .insert(boardThemes)
      .values({ orgId, boardId, name: themeName(name), position: position?.next ?? 0 })
      .returning({ id: boardThemes.id });
    await moveUnassignedNotes(tx, orgId, boardId, theme!.id, noteIds);
    await publishBoard(tx, orgId, boardId, 'theme');
    return { id: theme!.id };
  });
}

export function themeName(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw new BoardRuleError('board.themeNameRequired', 'name');
  if (trimmed.length > 80) throw new BoardRuleError('board.themeNameTooLong', 'name');
  return trimmed;
}

/** Moves the given notes of this board into a theme, leaving alone those that people grouped meanwhile. */
export async function moveUnassignedNotes(tx: Tx, orgId: string, boardId: string, themeId: string, noteIds: readonly string[]) {
  if (noteIds.length === 0) return;
  if (!noteIds.every(isUuid)) notFound();
  const ids = [...new Set(noteIds)];
  const found = await tx
    .select({ id: boardNotes.id })
    .from(boardNotes)
    .where(inOrg(boardNotes, orgId, and(eq(boardNotes.boardId, boardId), inArray(boardNotes.id, ids))));
  if (found.length !== ids.length) notFound();
  await tx
    .update(boardNotes)
    .set({ themeId })
    .where(inOrg(boardNotes, orgId, and(eq(boardNotes.boardId, boardId), inArray(boardNotes.id, ids), isNull(boardNotes.themeId))));
}
