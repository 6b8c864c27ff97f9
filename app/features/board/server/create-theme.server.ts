// STUB: to be implemented (helper B).
/** Creates a theme; with noteIds (an accepted suggestion), moves those notes that are still unassigned into it. */
export async function createTheme(_args: { orgId: string; boardId: string; name: string; noteIds?: string[] }): Promise<{ id: string }> {
  throw new Error('todo');
}
