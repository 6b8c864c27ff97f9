import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import type { TrajectoryScope } from '#app/db/scope.server';
import { partnerCoverageAdvice } from '../domain/domains';
import { listPartners } from './list-partners.server';
import { listStatements } from './list-statements.server';

/** Step 2's partner page: the partners (links for editors only), the method's advice on them, and the statements. */
export async function getPartnersPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const [partners, statements] = await Promise.all([listPartners(scope), listStatements(scope)]);
  return { canEdit: can(scope, 'trajectory.edit'), partners, advice: partnerCoverageAdvice(partners), statements };
}
