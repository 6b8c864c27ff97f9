// Listener categories from the method: informal support and formal professionals.
export const INFORMAL_CATEGORIES = ['experience_expert_parent', 'family_supporter', 'buddy', 'key_person', 'volunteer'] as const;
export const FORMAL_CATEGORIES = [
  'midwife',
  'maternity_care',
  'youth_health',
  'community_work',
  'childcare',
  'parenting_adviser',
  'welfare',
  'youth_care',
  'psychologist',
  'gp_practice_nurse',
  'library',
  'debt_counselling',
  'social_work',
  'policy_maker',
  'manager',
  'other',
] as const;
export type ListenerCategory = (typeof INFORMAL_CATEGORIES)[number] | (typeof FORMAL_CATEGORIES)[number];
export const LISTENER_CATEGORIES: readonly ListenerCategory[] = [...INFORMAL_CATEGORIES, ...FORMAL_CATEGORIES];

export type ListenerCoverageAdvice = 'noWelfareOrCommunityWork' | 'noExperienceExpert';

export function isListenerCategory(value: string): value is ListenerCategory {
  return (LISTENER_CATEGORIES as readonly string[]).includes(value);
}

/** The method asks for welfare or community work and at least one experience-expert parent among the listeners. */
export function listenerCoverageAdvice(plan: readonly { category: string; plannedCount: number }[]): ListenerCoverageAdvice[] {
  const planned = (...categories: string[]) => plan.some((p) => categories.includes(p.category) && p.plannedCount > 0);
  const advice: ListenerCoverageAdvice[] = [];
  if (!planned('welfare', 'community_work')) advice.push('noWelfareOrCommunityWork');
  if (!planned('experience_expert_parent')) advice.push('noExperienceExpert');
  return advice;
}

/** Total planned listeners over the known categories (a stray row from an old category is ignored). */
export function plannedTotal(plan: readonly { category: string; plannedCount: number }[]): number {
  return plan.reduce((sum, p) => (isListenerCategory(p.category) ? sum + Math.max(0, p.plannedCount) : sum), 0);
}

export type ListenerPlanRow = { category: ListenerCategory; plannedCount: number; note: string };

/** One row per category in the method's order, filling gaps with zero. */
export function completePlan(saved: readonly { category: string; plannedCount: number; note: string }[]): ListenerPlanRow[] {
  const byCategory = new Map(saved.map((row) => [row.category, row]));
  return LISTENER_CATEGORIES.map((category) => {
    const row = byCategory.get(category);
    return { category, plannedCount: row?.plannedCount ?? 0, note: row?.note ?? '' };
  });
}
