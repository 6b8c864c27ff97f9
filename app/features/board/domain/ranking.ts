// STUB (helper A): ranking ideas by dots into a top 10 with ties.
import type { RankedItem } from './types';

export type RankInput = { ideaId: string; title: string; themeName: string; dots: number; createdAt: number };

/**
 * Competition ranking (1, 2, 2, 4) by dots; ideas without dots are left out; the top `limit`
 * places, plus every idea tied with the last place (so ties at the boundary are all shown).
 */
export function rankIdeas(_items: readonly RankInput[], _limit = 10): RankedItem[] {
  throw new Error('todo');
}
