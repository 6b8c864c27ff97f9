// STUB: to be implemented (helper B).
export async function flagInterpretation(_args: { orgId: string; boardId: string; noteId: string; interpretation: boolean; comment: string }): Promise<void> {
  throw new Error('todo');
}
