import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { type OrgScope } from '#app/db/scope.server';
import { newToken } from '#app/utils/tokens.server';
import type { PartnerDomain } from '../domain/domains';
import { findTrajectoryOr404 } from './find-trajectory.server';

export type PartnerInput = {
  name: string;
  domain: PartnerDomain;
  contactName: string;
  contactEmail: string;
  roleDescription: string;
};

/** Adds a partner organisation with its own personal link. Permission is checked by the caller. */
export async function addPartner({ orgId, trajectoryId, ...input }: OrgScope & { trajectoryId: string } & PartnerInput) {
  return (await db()).transaction(async (tx) => {
    await findTrajectoryOr404(tx, orgId, trajectoryId);
    const [partner] = await tx
      .insert(partners)
      .values({ orgId, trajectoryId, ...input, linkToken: newToken() })
      .returning({ id: partners.id });
    return partner!;
  });
}
