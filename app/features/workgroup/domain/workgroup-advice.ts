// The method's advice on a workgroup's make-up. Advice only: never a hard limit.
import type { TrajectoryRole } from '#app/auth/permissions';

export const WORKGROUP_ROLES = ['lead', 'workgroup', 'policy', 'parent_contact'] as const satisfies readonly TrajectoryRole[];
export const WORKGROUP_MIN = 3;
export const WORKGROUP_MAX = 8;

export type WorkgroupAdvice = 'noLead' | 'noPolicy' | 'noParentContact' | 'tooSmall' | 'tooLarge';

/** Members are people with any of their roles; only workgroup roles count towards the size. */
export function workgroupAdvice(members: readonly { roles: readonly TrajectoryRole[] }[]): WorkgroupAdvice[] {
  const inGroup = members.filter((m) => m.roles.some((r) => (WORKGROUP_ROLES as readonly string[]).includes(r)));
  const has = (role: TrajectoryRole) => inGroup.some((m) => m.roles.includes(role));
  const advice: WorkgroupAdvice[] = [];
  if (!has('lead')) advice.push('noLead');
  if (!has('policy')) advice.push('noPolicy');
  if (!has('parent_contact')) advice.push('noParentContact');
  if (inGroup.length < WORKGROUP_MIN) advice.push('tooSmall');
  if (inGroup.length > WORKGROUP_MAX) advice.push('tooLarge');
  return advice;
}
