export const org = {
  yourRole: 'Uw rol: {role}',
  roleAdmin: 'beheerder',
  roleCoordinator: 'coördinator',
  roleMember: 'lid',
  otherOrganisations: 'Andere organisaties',
  newOrganisation: 'Nieuwe organisatie',
};
