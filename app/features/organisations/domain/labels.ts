// Catalogue keys for the organisation's enumerations, shared by pages and e-mails.
import type { OrgRole } from '#app/auth/permissions';
import type { MessageKey } from '#app/i18n/i18n';

export const orgKinds = ['coalition', 'municipality', 'care'] as const;
export type OrgKind = (typeof orgKinds)[number];
export const teamKinds = ['neighbourhood', 'team'] as const;
export type TeamKind = (typeof teamKinds)[number];

export const orgRoleKey = (role: OrgRole): MessageKey =>
  role === 'admin' ? 'org.roleAdmin' : role === 'coordinator' ? 'org.roleCoordinator' : 'org.roleMember';

export const orgKindKey = (kind: string): MessageKey =>
  kind === 'municipality' ? 'org.kindMunicipality' : kind === 'care' ? 'org.kindCare' : 'org.kindCoalition';

export const teamKindKey = (kind: string): MessageKey => (kind === 'team' ? 'org.teamKindTeam' : 'org.teamKindNeighbourhood');
