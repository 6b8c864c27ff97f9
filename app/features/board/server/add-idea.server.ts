// STUB: to be implemented (helper B).
/** Adds an idea to a theme (idempotent on key); only in the ideas phase. */
export async function addIdea(_args: { orgId: string; boardId: string; memberId: string | null; themeId: string; text: string; onBehalf: boolean; key: string }): Promise<{ id: string; duplicate: boolean }> {
  throw new Error('todo');
}
