import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { newToken } from '#app/utils/tokens.server';
import { type PartnerInput, partnerInput } from './partner-records.server';

/** Adds a partner organisation with its own personal link. */
export async function addPartner(input: TrajectoryScope & PartnerInput) {
  authorize(input, 'trajectory.edit');
  const [partner] = await (
    await db()
  )
    .insert(partners)
    .values({ orgId: input.orgId, trajectoryId: input.trajectoryId, ...partnerInput(input), linkToken: newToken() })
    .returning({ id: partners.id });
  return partner!;
}
