// The one place that decides who may do what. Pure functions: no database, no React.
// The role lists are defined here and used by the database schema as its enums.
export const orgRoles = ['admin', 'coordinator', 'member'] as const;
export type OrgRole = (typeof orgRoles)[number];

export const trajectoryRoleList = [
  'lead',
  'workgroup',
  'policy',
  'parent_contact',
  'conversation_leader',
  'process_facilitator',
  'minute_taker',
  'guardian',
  'listener',
  'experience_expert',
  'partner_contact',
] as const;
export type TrajectoryRole = (typeof trajectoryRoleList)[number];

/** The signed-in person as seen inside one organisation. */
export type Actor = { userId: string; orgRole: OrgRole };

export const canManageOrganisation = (actor: Actor) => actor.orgRole === 'admin';
export const canInviteMembers = (actor: Actor) => actor.orgRole === 'admin' || actor.orgRole === 'coordinator';
export const canCreateTrajectory = (actor: Actor) => actor.orgRole === 'admin' || actor.orgRole === 'coordinator';
/** Teams and neighbourhoods are kept up to date by admins and coordinators. */
export const canManageTeams = (actor: Actor) => actor.orgRole === 'admin' || actor.orgRole === 'coordinator';
/** Admins may invite anyone in any role; coordinators may invite, but never hand out the admin role. */
export const canInviteAs = (actor: Actor, role: OrgRole) => actor.orgRole === 'admin' || (actor.orgRole === 'coordinator' && role !== 'admin');

const editingRoles: readonly TrajectoryRole[] = ['lead', 'workgroup', 'policy', 'parent_contact'];

export type TrajectoryAccess = {
  canView: boolean;
  canEdit: boolean;
  canManageRoles: boolean;
  canReadParticipantData: boolean;
};

/**
 * Every member of the organisation may look at a trajectory's workspace (it holds no personal
 * data). Admins, coordinators and the workgroup may change it. Participants' personal data is
 * for the trajectory's leads and parent contacts only: not even an admin sees it without
 * holding one of those roles.
 */
export function trajectoryAccess(actor: Actor, roles: readonly TrajectoryRole[]): TrajectoryAccess {
  const orgManager = actor.orgRole === 'admin' || actor.orgRole === 'coordinator';
  return {
    canView: true,
    canEdit: orgManager || roles.some((role) => editingRoles.includes(role)),
    canManageRoles: orgManager || roles.includes('lead'),
    canReadParticipantData: roles.includes('lead') || roles.includes('parent_contact'),
  };
}
