import type { OrgRole } from '#app/auth/permissions';

/**
 * An organisation must always keep at least one admin, or nobody can manage it any more.
 * `newRole` null means the member is removed.
 */
export function leavesNoAdmin({ adminCount, currentRole, newRole }: { adminCount: number; currentRole: OrgRole; newRole: OrgRole | null }): boolean {
  return currentRole === 'admin' && newRole !== 'admin' && adminCount <= 1;
}
