import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { RuleError } from '#app/utils/rule-error';
import type { LinkedPartner } from './find-partner-by-token.server';

export type SignOutcome = 'signed' | 'already-signed';

/**
 * Signs once per partner: a second attempt never overwrites the first signature. Authorised by
 * the personal link: takes the partner findPartnerByToken found. No text to sign yet → RuleError.
 */
export async function signIntentStatement({
  partner,
  signedName,
  signedOrganisation,
}: {
  partner: LinkedPartner;
  signedName: string;
  signedOrganisation: string;
}): Promise<SignOutcome> {
  const trajectory = await loadTrajectory(partner);
  if (!trajectory.intentStatement.trim()) throw new RuleError('partners.publicIntentNotReady');
  // The "not yet signed" condition sits in the update itself, so two signers at once cannot both win.
  const signed = await (
    await db()
  )
    .update(partners)
    .set({ signedAt: sql`now()`, signedName, signedOrganisation })
    .where(inOrg(partners, partner.orgId, and(eq(partners.id, partner.id), isNull(partners.signedAt))))
    .returning({ id: partners.id });
  return signed.length > 0 ? 'signed' : 'already-signed';
}
