import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { once } from '#app/utils/submissions.server';
import { newToken } from '#app/utils/tokens.server';
import { type PartnerInput, partnerInput } from './partner-records.server';

/** Adds a partner organisation with its own personal link (once per submission key). */
export async function addPartner(input: TrajectoryScope & PartnerInput) {
  authorize(input, 'trajectory.edit');
  return (await db()).transaction((tx) =>
    once(tx, input.orgId, 'partners.add', async () => {
      const [partner] = await tx
        .insert(partners)
        .values({ orgId: input.orgId, trajectoryId: input.trajectoryId, ...partnerInput(input), linkToken: newToken() })
        .returning({ id: partners.id });
      return partner!;
    }),
  );
}
