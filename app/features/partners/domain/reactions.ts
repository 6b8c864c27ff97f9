// Partners' reactions to the warm-up statements.

export const REACTION_CHOICES = ['agree', 'disagree', 'unsure'] as const;
export type ReactionChoice = (typeof REACTION_CHOICES)[number];

export type ReactionCounts = Record<ReactionChoice, number>;

export function countReactions(reactions: readonly { choice: ReactionChoice }[]): ReactionCounts {
  const counts: ReactionCounts = { agree: 0, disagree: 0, unsure: 0 };
  for (const r of reactions) counts[r.choice] += 1;
  return counts;
}
