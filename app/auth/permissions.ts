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

/**
 * The welcome desk of the mirror meeting (S6a) shows first names and needs at the door, so it is
 * for the trajectory's leads and parent contacts only, like personal data; no organisation role widens it.
 */
export const canRunReception = (_actor: Actor, roles: readonly TrajectoryRole[]) => roles.includes('lead') || roles.includes('parent_contact');

/** Minutes (S6c) are written by the minute-taker and the leads; no organisation role widens it. */
export const canWriteMinutes = (_actor: Actor, roles: readonly TrajectoryRole[]) => roles.includes('minute_taker') || roles.includes('lead');

/**
 * Draft minutes are for the writers and the conversation leader only (listeners never see a draft);
 * finalised minutes are for everyone who may view the trajectory.
 */
export function canReadMinutes(actor: Actor, roles: readonly TrajectoryRole[], status: 'draft' | 'finalised'): boolean {
  if (status === 'finalised') return trajectoryAccess(actor, roles).canView;
  return canWriteMinutes(actor, roles) || roles.includes('conversation_leader');
}

const subscribingRoles: Record<'console' | 'minutes' | 'reception', readonly TrajectoryRole[]> = {
  // The console's state is pushed to the minute-taker too.
  console: ['lead', 'conversation_leader', 'process_facilitator', 'minute_taker'],
  // Draft minutes: never for listeners.
  minutes: ['minute_taker', 'lead', 'conversation_leader'],
  // Reception shows participants' names: same people as personal data.
  reception: ['lead', 'parent_contact'],
};

/**
 * Who may follow a live channel of a trajectory. Only trajectory roles count: being an admin or
 * coordinator of the organisation is not enough, and a listener role alone never is.
 */
export function canSubscribe(_actor: Actor, roles: readonly TrajectoryRole[], topic: keyof typeof subscribingRoles): boolean {
  return roles.some((role) => subscribingRoles[topic].includes(role));
}

/**
 * The conversation-leader console (S6b) shows first names of the inner circle: for the
 * conversation leader, the process facilitator and the leads; no organisation role widens it.
 */
export const canRunConsole = (_actor: Actor, roles: readonly TrajectoryRole[]) =>
  roles.includes('conversation_leader') || roles.includes('process_facilitator') || roles.includes('lead');

/** The follow-up board (S7) is run by the process facilitator and the leads: phases, settings, closing. */
export const canRunBoard = (_actor: Actor, roles: readonly TrajectoryRole[]) => roles.includes('process_facilitator') || roles.includes('lead');

/** Clustering notes into themes, and linking them to the parents' words: the runners and the guardian. */
export const canCurateBoard = (actor: Actor, roles: readonly TrajectoryRole[]) => canRunBoard(actor, roles) || roles.includes('guardian');
