// STUB: to be implemented (helper B).
import type { VoteCriterion } from '../domain/types';
/**
 * Sets this member's dots on one idea (per criterion) to an absolute number, so a retried request
 * changes nothing. The budget and the maximum per idea are enforced by the database.
 */
export async function castVote(_args: { orgId: string; boardId: string; memberId: string; ideaId: string; criterion: VoteCriterion; dots: number; key?: string }): Promise<{ ok: true; dotsLeft: number } | { ok: false; reason: 'budget' | 'max' | 'phase' }> {
  throw new Error('todo');
}
