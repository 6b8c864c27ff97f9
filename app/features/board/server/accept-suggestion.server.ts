import { db } from '#app/db/client.server';
import type { ThemeSuggestion } from '../domain/types';
import { assertPhase, publishBoard, requireBoard, requireTheme } from './board-records.server';
import { createTheme, moveUnassignedNotes } from './create-theme.server';

/** Applies a suggestion: to an existing theme or as a new one; notes grouped meanwhile are left where people put them. */
export async function acceptSuggestion({ orgId, boardId, suggestion }: { orgId: string; boardId: string; suggestion: ThemeSuggestion }): Promise<void> {
  if (suggestion.themeId === null) {
    await createTheme({ orgId, boardId, name: suggestion.name, noteIds: suggestion.noteIds });
    return;
  }
  const themeId = suggestion.themeId;
  await (
    await db()
  ).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    assertPhase(board, 'cluster');
    await requireTheme(tx, orgId, boardId, themeId);
    await moveUnassignedNotes(tx, orgId, boardId, themeId, suggestion.noteIds);
    await publishBoard(tx, orgId, boardId, 'theme');
  });
}
