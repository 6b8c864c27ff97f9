// The method's advice on a workgroup's make-up. Advice only: never a hard limit.
import type { TrajectoryRole } from '#app/auth/permissions';

export const WORKGROUP_ROLES = ['lead', 'workgroup', 'policy', 'parent_contact'] as const satisfies readonly TrajectoryRole[];
export type WorkgroupRole = (typeof WORKGROUP_ROLES)[number];
export const WORKGROUP_MIN = 3;
export const WORKGROUP_MAX = 8;

export type WorkgroupAdvice = 'noLead' | 'noPolicy' | 'noParentContact' | 'tooSmall' | 'tooLarge';

export function isWorkgroupRole(role: string): role is WorkgroupRole {
  return (WORKGROUP_ROLES as readonly string[]).includes(role);
}

/** The people of a trajectory who are in the workgroup, each with only their workgroup roles. */
export function workgroupMembers<P extends { roles: readonly TrajectoryRole[] }>(people: readonly P[]): (P & { roles: WorkgroupRole[] })[] {
  return people.flatMap((p) => {
    const roles = p.roles.filter(isWorkgroupRole);
    return roles.length > 0 ? [{ ...p, roles }] : [];
  });
}

/** Members are people with any of their roles; only workgroup roles count towards the size. */
export function workgroupAdvice(members: readonly { roles: readonly TrajectoryRole[] }[]): WorkgroupAdvice[] {
  const inGroup = members.filter((m) => m.roles.some(isWorkgroupRole));
  const has = (role: TrajectoryRole) => inGroup.some((m) => m.roles.includes(role));
  const advice: WorkgroupAdvice[] = [];
  if (!has('lead')) advice.push('noLead');
  if (!has('policy')) advice.push('noPolicy');
  if (!has('parent_contact')) advice.push('noParentContact');
  if (inGroup.length < WORKGROUP_MIN) advice.push('tooSmall');
  if (inGroup.length > WORKGROUP_MAX) advice.push('tooLarge');
  return advice;
}
