// STUB: to be implemented (helper B).
export async function revealIdeas(_args: { orgId: string; boardId: string; revealed: boolean }): Promise<void> {
  throw new Error('todo');
}
