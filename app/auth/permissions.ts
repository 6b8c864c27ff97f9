// The one place that decides who may do what. Pure functions: no database, no React.
// The role lists are defined here and used by the database schema as its enums.
// Operations call authorize(scope, permission) (app/auth/authorize.server.ts) as their first step;
// screens ask can(scope, permission) only to decide what to show.
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

/** Who is asking: the actor, and their roles in the trajectory at hand (none for organisation-wide work). */
export type Caller = { actor: Actor; roles?: readonly TrajectoryRole[] };

type Rule = (actor: Actor, roles: readonly TrajectoryRole[]) => boolean;

const orgManager: Rule = (actor) => actor.orgRole === 'admin' || actor.orgRole === 'coordinator';
const holds =
  (...wanted: TrajectoryRole[]): Rule =>
  (_actor, roles) =>
    roles.some((role) => wanted.includes(role));
const either =
  (...rules: Rule[]): Rule =>
  (actor, roles) =>
    rules.some((rule) => rule(actor, roles));

/** Participants' personal data: the trajectory's leads and parent contacts only; no organisation role widens it. */
const personalData = holds('lead', 'parent_contact');
const writesMinutes = holds('minute_taker', 'lead');
const runsBoard = holds('process_facilitator', 'lead');

const rules = {
  /** Every member of the organisation may look around it. */
  'org.view': () => true,
  'org.manage': (actor) => actor.orgRole === 'admin',
  /** The organisation's colour and logo on its reports: admins, like its other settings. */
  'org.branding': (actor) => actor.orgRole === 'admin',
  /** The access log of personal data (NEN 7513): admins. It shows pseudonyms and who looked, never the data itself. */
  'org.accessLog': (actor) => actor.orgRole === 'admin',
  'org.invite': orgManager,
  'org.createTrajectory': orgManager,
  /** Teams and neighbourhoods are kept up to date by admins and coordinators. */
  'org.manageTeams': orgManager,
  /** Every member of the organisation may look at a trajectory's workspace: it holds no personal data. */
  'trajectory.view': () => true,
  /** Admins, coordinators and the workgroup change a trajectory. */
  'trajectory.edit': either(orgManager, holds('lead', 'workgroup', 'policy', 'parent_contact')),
  'trajectory.manageRoles': either(orgManager, holds('lead')),
  'participants.personalData': personalData,
  /** A participant's rights (issue 16): download everything about them, or erase their identity. The same people as personal data. */
  'participants.rights': personalData,
  /** The welcome desk (S6a) shows first names and needs at the door: the same people as personal data. */
  'reception.run': personalData,
  /** The conversation-leader console (S6b) shows first names of the inner circle. */
  'console.run': holds('conversation_leader', 'process_facilitator', 'lead'),
  /** Minutes (S6c) are written by the minute-taker and the leads. */
  'minutes.write': writesMinutes,
  /** A parent withdrew consent after the minutes were final: only the trajectory's leads resolve their notes. */
  'minutes.resolveConsent': holds('lead'),
  /** Draft minutes: the writers and the conversation leader, never listeners. Finalised minutes are trajectory.view. */
  'minutes.readDraft': either(writesMinutes, holds('conversation_leader')),
  /** The follow-up board (S7) is run by the process facilitator and the leads: phases, settings, closing. */
  'board.run': runsBoard,
  /** Clustering notes into themes, and linking them to the parents' words: the runners and the guardian. */
  'board.curate': either(runsBoard, holds('guardian')),
  /** Step 8: the workgroup turns the draft into the parents' agenda, shares it and records reactions a parent gives in person. */
  'agenda.edit': either(orgManager, holds('lead', 'workgroup', 'policy', 'parent_contact')),
  /** Printed letters carry a parent's name next to their personal link: the people who may see names. */
  'agenda.parentLetters': personalData,
  /** The change agenda's actions: created, assigned and updated by the workgroup. */
  'actions.manage': either(orgManager, holds('lead', 'workgroup', 'policy')),
  /** The organisation's insights library and dashboard hold no personal data. */
  'org.insights': () => true,
  /** Starting an organisation-wide reflection session, like starting a trajectory. */
  'org.reflect': orgManager,
  /** The privacy page (issue 16): what is stored, who sees it, how long; for the DPIA and the processing register. */
  'org.privacyPage': orgManager,
  /** Keeping a trajectory's personal data longer than the organisation's period, with a reason (issue 16). */
  'retention.extend': either(orgManager, holds('lead')),
} satisfies Record<string, Rule>;

export type Permission = keyof typeof rules;
export const permissions = Object.keys(rules) as Permission[];

export function can(caller: Caller, permission: Permission): boolean {
  return rules[permission](caller.actor, caller.roles ?? []);
}

/** Admins may invite anyone in any role; coordinators may invite, but never hand out the admin role. */
export const canInviteAs = (actor: Actor, role: OrgRole) => can({ actor }, 'org.invite') && (actor.orgRole === 'admin' || role !== 'admin');

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
