// Counting the parents' reactions, and what a parent's answers about staying involved mean.
import { FEEDBACK_VERDICTS, INVOLVEMENT_CHOICES } from '#app/db/schema';

export type Verdict = (typeof FEEDBACK_VERDICTS)[number];
export type Involvement = (typeof INVOLVEMENT_CHOICES)[number];
/** What a parent answers on their page (or a workgroup member for them). */
export type FeedbackInput = {
  reactions: { itemId: string; verdict: Verdict; comment: string }[];
  generalReaction: string;
  involvement: Involvement[];
  contact: string;
};

export type VerdictCounts = Record<Verdict, number> & { total: number };

const noVerdicts = (): VerdictCounts => ({ heard: 0, partly: 0, missing: 0, total: 0 });

/** Per item: how many parents said heard, partly and missing (every item asked about, also with none). */
export function countVerdicts(itemIds: readonly string[], reactions: readonly { itemId: string; verdict: Verdict }[]): Map<string, VerdictCounts> {
  const counts = new Map(itemIds.map((id) => [id, noVerdicts()]));
  for (const { itemId, verdict } of reactions) {
    const item = counts.get(itemId);
    if (!item) continue;
    item[verdict] += 1;
    item.total += 1;
  }
  return counts;
}

/** How many parents chose each way of staying involved. */
export function countInvolvement(answers: readonly (readonly Involvement[])[]): Record<Involvement, number> {
  const counts = Object.fromEntries(INVOLVEMENT_CHOICES.map((c) => [c, 0])) as Record<Involvement, number>;
  for (const answer of answers) for (const choice of new Set(answer)) counts[choice] += 1;
  return counts;
}

/** A "no" next to a "yes" is a yes: the choices without "none" when there are others, each once, in the list's order. */
export function normaliseInvolvement(choices: readonly Involvement[]): Involvement[] {
  const chosen = INVOLVEMENT_CHOICES.filter((c) => choices.includes(c));
  return chosen.some((c) => c !== 'none') ? chosen.filter((c) => c !== 'none') : chosen;
}

/** Whether the parent wants to stay involved in any way. */
export const staysInvolved = (involvement: readonly Involvement[]) => involvement.some((c) => c !== 'none');

/**
 * How to reach a parent after saving: only kept while they want to stay involved (no contact
 * details without a reason); a new one replaces the old, an empty field keeps the old one.
 */
export function contactAfter(involvement: readonly Involvement[], typed: string, stored: string): string {
  if (!staysInvolved(involvement)) return '';
  return typed.trim() || stored;
}
