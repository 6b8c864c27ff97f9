import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { type PartnerInput, partnerInput, thePartner } from './partner-records.server';

/** Changes a partner's details; the link and any signature stay. A partner of another trajectory → 404. */
export async function updatePartner(input: TrajectoryScope & { partnerId: string } & PartnerInput) {
  authorize(input, 'trajectory.edit');
  const updated = await (await db()).update(partners).set(partnerInput(input)).where(thePartner(input, input.partnerId)).returning({ id: partners.id });
  if (updated.length === 0) notFound();
}
