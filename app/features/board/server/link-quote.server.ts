// STUB: to be implemented (helper B).
export async function linkQuote(_args: { orgId: string; actorId: string; boardId: string; noteId: string; minuteNoteId: string; quoteIndex: number }): Promise<void> {
  throw new Error('todo');
}
