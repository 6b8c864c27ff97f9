// STUB: to be implemented (helper B).
export async function unlinkQuote(_args: { orgId: string; boardId: string; noteId: string; minuteNoteId: string; quoteIndex: number }): Promise<void> {
  throw new Error('todo');
}
