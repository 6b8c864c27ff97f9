// STUB: to be implemented (helper B).
export async function renameTheme(_args: { orgId: string; boardId: string; themeId: string; name: string }): Promise<void> {
  throw new Error('todo');
}
