import { eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boardThemes } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { themeName } from '../domain/texts';
import { assertPhase, knownOnBoard, moveUnassignedNotes, publishBoard, requireBoard, type StaffOnBoard } from './board-records.server';

/** Creates a theme; with noteIds (an accepted suggestion), moves those notes that are still unassigned into it. */
export async function createTheme(input: StaffOnBoard & { name: string; noteIds?: string[] }): Promise<{ id: string }> {
  authorize(input, 'board.curate');
  const { orgId, boardId } = input;
  return (await db()).transaction(async (tx) => {
    const board = await requireBoard(tx, input);
    assertPhase(board, 'cluster');
    const name = themeName(input.name, await knownOnBoard(tx, board));
    const [position] = await tx
      .select({ next: sql<number>`coalesce(max(${boardThemes.position}) + 1, 0)::int` })
      .from(boardThemes)
      .where(inOrg(boardThemes, orgId, eq(boardThemes.boardId, boardId)));
    const [theme] = await tx
      .insert(boardThemes)
      .values({ orgId, boardId, name, position: position?.next ?? 0 })
      .returning({ id: boardThemes.id });
    await moveUnassignedNotes(tx, orgId, boardId, theme!.id, input.noteIds ?? []);
    await publishBoard(tx, orgId, boardId, 'theme');
    return { id: theme!.id };
  });
}
