// STUB: to be implemented (helper B).
import type { BoardSettings } from '../domain/types';
/** Voting settings; changing the dots per person after votes were cast is refused (BoardRuleError). */
export async function updateBoardSettings(_args: { orgId: string; boardId: string; settings: BoardSettings }): Promise<void> {
  throw new Error('todo');
}
