import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { partners, trajectories } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { findPartnerByToken } from './find-partner-by-token.server';

export type SignOutcome = 'signed' | 'already-signed' | 'not-ready';

/** Signs once per partner: a second attempt never overwrites the first signature. */
export async function signIntentStatement({
  token,
  signedName,
  signedOrganisation,
}: {
  token: string;
  signedName: string;
  signedOrganisation: string;
}): Promise<SignOutcome> {
  return (await db()).transaction(async (tx) => {
    const partner = await findPartnerByToken(tx, token);
    const [trajectory] = await tx
      .select({ intentStatement: trajectories.intentStatement })
      .from(trajectories)
      .where(inOrg(trajectories, partner.orgId, eq(trajectories.id, partner.trajectoryId)));
    if (!trajectory?.intentStatement.trim()) return 'not-ready';
    // The "not yet signed" condition sits in the update itself, so two signers at once cannot both win.
    const signed = await tx
      .update(partners)
      .set({ signedAt: sql`now()`, signedName, signedOrganisation })
      .where(inOrg(partners, partner.orgId, and(eq(partners.id, partner.id), isNull(partners.signedAt))))
      .returning({ id: partners.id });
    return signed.length > 0 ? 'signed' : 'already-signed';
  });
}
