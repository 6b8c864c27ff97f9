import type { org as nl } from '../nl/org';

export const org: Record<keyof typeof nl, string> = {
  yourRole: 'Your role: {role}',
  roleAdmin: 'admin',
  roleCoordinator: 'coordinator',
  roleMember: 'member',
  otherOrganisations: 'Other organisations',
  newOrganisation: 'New organisation',
};
