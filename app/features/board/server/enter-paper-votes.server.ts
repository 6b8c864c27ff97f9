// STUB: to be implemented (helper B).
import type { VoteCriterion } from '../domain/types';
/** The counted paper stickers for one idea (per criterion), entered by the facilitator for the room. */
export async function enterPaperVotes(_args: { orgId: string; actorId: string; boardId: string; ideaId: string; criterion: VoteCriterion; dots: number }): Promise<void> {
  throw new Error('todo');
}
