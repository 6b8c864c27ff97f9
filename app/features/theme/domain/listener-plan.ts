// Listener categories from the method: informal support and formal professionals.
export const INFORMAL_CATEGORIES = [
  'experience_expert_parent',
  'family_supporter',
  'buddy',
  'key_person',
  'volunteer',
] as const;
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

/** The method asks for welfare or community work and at least one experience-expert parent among the listeners. */
export function listenerCoverageAdvice(plan: readonly { category: string; plannedCount: number }[]): ListenerCoverageAdvice[] {
  const planned = (...categories: string[]) => plan.some((p) => categories.includes(p.category) && p.plannedCount > 0);
  const advice: ListenerCoverageAdvice[] = [];
  if (!planned('welfare', 'community_work')) advice.push('noWelfareOrCommunityWork');
  if (!planned('experience_expert_parent')) advice.push('noExperienceExpert');
  return advice;
}
