import type { OrgScope } from '#app/db/scope.server';
import { listTrajectoryPeople } from '#app/features/trajectory/server/list-trajectory-people.server';
import { defaultDutchFlyer, type FlyerContent } from '../domain/flyer-defaults';

/** The Dutch flyer filled from the trajectory: its theme, and the parent contact (else a lead) as contact. */
export async function defaultDutchFlyerFor(scope: OrgScope & { trajectory: { id: string; theme: string } }): Promise<FlyerContent> {
  const people = await listTrajectoryPeople({ ...scope, trajectoryId: scope.trajectory.id });
  const contact = people.find((p) => p.roles.includes('parent_contact')) ?? people.find((p) => p.roles.includes('lead'));
  return defaultDutchFlyer({ theme: scope.trajectory.theme, contactName: contact?.name ?? '' });
}
