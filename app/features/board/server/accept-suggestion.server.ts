import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { ThemeSuggestion } from '../domain/types';
import { assertPhase, moveUnassignedNotes, publishBoard, requireBoard, requireTheme, type StaffOnBoard } from './board-records.server';
import { createTheme } from './create-theme.server';

/** Applies a suggestion: to an existing theme or as a new one; notes grouped meanwhile are left where people put them. */
export async function acceptSuggestion(input: StaffOnBoard & { suggestion: ThemeSuggestion }): Promise<void> {
  authorize(input, 'board.curate');
  const { orgId, boardId, suggestion } = input;
  if (suggestion.themeId === null) {
    await createTheme({ ...input, name: suggestion.name, noteIds: suggestion.noteIds });
    return;
  }
  const themeId = suggestion.themeId;
  await (
    await db()
  ).transaction(async (tx) => {
    assertPhase(await requireBoard(tx, input), 'cluster');
    await requireTheme(tx, orgId, boardId, themeId);
    await moveUnassignedNotes(tx, orgId, boardId, themeId, suggestion.noteIds);
    await publishBoard(tx, orgId, boardId, 'theme');
  });
}
