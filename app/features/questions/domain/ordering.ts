// The order of the chosen questions for the conversation leader, and what merging does.
import type { QuestionStatus } from './statuses';

type Ordered = { id: string; status: QuestionStatus; position: number | null; createdAt: Date | string };

/** The chosen questions as the conversation leader will ask them: by position, then by arrival. */
export function chosenInOrder<T extends Ordered>(questions: readonly T[]): T[] {
  return questions
    .filter((q) => q.status === 'chosen')
    .sort((a, b) => (a.position ?? Infinity) - (b.position ?? Infinity) || new Date(a.createdAt).getTime() - new Date(b.createdAt).getTime());
}

/** Moves one id a place up or down; at either end nothing changes. */
export function moveInOrder(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
  const next = [...ids];
  const from = next.indexOf(id);
  const to = direction === 'up' ? from - 1 : from + 1;
  if (from < 0 || to < 0 || to >= next.length) return next;
  [next[from], next[to]] = [next[to]!, next[from]!];
  return next;
}

/** Positions 1..n for the ids in order: kept without gaps after every change. */
export function positionsFor(ids: readonly string[]): { id: string; position: number }[] {
  return ids.map((id, index) => ({ id, position: index + 1 }));
}

type Mergeable = Ordered & { domains: readonly string[]; mergedIntoId: string | null };

export type MergeOutcome =
  | { ok: false; reason: 'same' | 'keptIsMerged' | 'alreadyMerged' }
  | {
      ok: true;
      /** Questions that now point to the kept one: the merged question and any merged into it before. */
      redirected: string[];
      /** The kept question takes the tags of both. */
      keptDomains: string[];
      /** New positions of the chosen questions (the merged one leaves the list). */
      positions: { id: string; position: number }[];
    };

/**
 * Merging question `fromId` into `keptId`: the merged question gets status "merged" and points
 * to the kept one, and so does every question that was merged into it earlier, so nothing
 * ever points to a merged question. The kept question keeps its status and place.
 */
export function planMerge(questions: readonly Mergeable[], fromId: string, keptId: string): MergeOutcome {
  if (fromId === keptId) return { ok: false, reason: 'same' };
  const from = questions.find((q) => q.id === fromId);
  const kept = questions.find((q) => q.id === keptId);
  if (!from || !kept) throw new Error('planMerge: unknown question');
  if (kept.status === 'merged') return { ok: false, reason: 'keptIsMerged' };
  if (from.status === 'merged') return { ok: false, reason: 'alreadyMerged' };
  const redirected = [fromId, ...questions.filter((q) => q.mergedIntoId === fromId).map((q) => q.id)];
  const keptDomains = [...new Set([...kept.domains, ...from.domains])];
  const remaining = chosenInOrder(questions).filter((q) => q.id !== fromId);
  return { ok: true, redirected, keptDomains, positions: positionsFor(remaining.map((q) => q.id)) };
}
