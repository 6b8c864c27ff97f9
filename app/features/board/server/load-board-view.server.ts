// STUB: to be implemented (helper B).
import type { Audience, BoardView } from '../domain/types';
/** Everything one screen shows, filtered for its audience (hidden ideas and tallies stay hidden). */
export async function loadBoardView(_args: { orgId: string; boardId: string; audience: Audience; memberId: string | null }): Promise<BoardView> {
  throw new Error('todo');
}
