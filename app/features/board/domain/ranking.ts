// Ranking ideas by dots into a top 10 with ties.
import type { RankedItem } from './types';

export type RankInput = { ideaId: string; title: string; themeName: string; dots: number; createdAt: number };

/**
 * Competition ranking (1, 2, 2, 4) by dots; ideas without dots are left out; the top `limit`
 * places, plus every idea tied with the last place (so ties at the boundary are all shown).
 * Tied ideas are listed oldest first (then by id), so the order never changes between views.
 */
export function rankIdeas(items: readonly RankInput[], limit = 10): RankedItem[] {
  const sorted = items
    .filter((item) => item.dots > 0)
    .sort((a, b) => b.dots - a.dots || a.createdAt - b.createdAt || (a.ideaId < b.ideaId ? -1 : a.ideaId > b.ideaId ? 1 : 0));
  if (limit <= 0 || sorted.length === 0) return [];
  const lastPlaceDots = sorted[Math.min(limit, sorted.length) - 1]!.dots;
  const shown = sorted.filter((item) => item.dots >= lastPlaceDots);
  const countWith = new Map<number, number>();
  for (const item of sorted) countWith.set(item.dots, (countWith.get(item.dots) ?? 0) + 1);
  // Sorted by dots, so the rank of an item is 1 + its index at the first item with the same dots.
  let rank = 0;
  return shown.map((item, index) => {
    if (index === 0 || shown[index - 1]!.dots !== item.dots) rank = index + 1;
    return { rank, tied: countWith.get(item.dots)! > 1, ideaId: item.ideaId, title: item.title, themeName: item.themeName, dots: item.dots };
  });
}
