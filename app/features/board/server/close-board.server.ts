// STUB: to be implemented (helper B).
import type { RankedItem } from '../domain/types';
/** Closes voting: ranks the ideas, and writes the top 10 (with ties) as the draft change agenda. */
export async function closeBoard(_args: { orgId: string; boardId: string }): Promise<RankedItem[]> {
  throw new Error('todo');
}
