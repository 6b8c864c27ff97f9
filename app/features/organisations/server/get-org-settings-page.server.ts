import { authorize } from '#app/auth/authorize.server';
import { can, canInviteAs, orgRoles } from '#app/auth/permissions';
import type { OrgScope } from '#app/db/scope.server';
import { listInvitations } from './list-invitations.server';
import { listMembers } from './list-members.server';
import { listTeams } from './list-teams.server';

/** The settings page: for those who may invite (admins and coordinators); what each of them may change. */
export async function getOrgSettingsPage({ orgId, actor }: OrgScope) {
  authorize({ actor }, 'org.invite');
  const scope = { orgId, actor };
  const [teams, members, invitations] = await Promise.all([listTeams(scope), listMembers(scope), listInvitations(scope)]);
  return {
    me: actor.userId,
    canManage: can({ actor }, 'org.manage'),
    canManageTeams: can({ actor }, 'org.manageTeams'),
    invitableRoles: orgRoles.filter((role) => canInviteAs(actor, role)),
    teams,
    members,
    invitations,
  };
}
