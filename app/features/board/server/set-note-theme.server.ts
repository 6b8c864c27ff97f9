// STUB: to be implemented (helper B).
/** Puts a note in a theme, or takes it out (themeId null). Same result by drag and drop or keyboard. */
export async function setNoteTheme(_args: { orgId: string; boardId: string; noteId: string; themeId: string | null }): Promise<void> {
  throw new Error('todo');
}
