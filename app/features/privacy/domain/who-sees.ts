// Who may see a kind of personal data, derived from app/auth/permissions.ts (never written twice):
// the organisation roles that grant it on their own, and the trajectory roles that grant it to a member.
import { can, orgRoles, type OrgRole, type Permission, trajectoryRoleList, type TrajectoryRole } from '#app/auth/permissions';

export type WhoSees = { everyone: boolean; orgRoles: OrgRole[]; trajectoryRoles: TrajectoryRole[] };

export function whoSees(permission: Permission): WhoSees {
  const byOrg = orgRoles.filter((orgRole) => can({ actor: { userId: '', orgRole } }, permission));
  const byTrajectory = trajectoryRoleList.filter((role) => can({ actor: { userId: '', orgRole: 'member' }, roles: [role] }, permission));
  return { everyone: byOrg.length === orgRoles.length, orgRoles: byOrg, trajectoryRoles: byOrg.includes('member') ? [] : byTrajectory };
}
