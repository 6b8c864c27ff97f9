import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { PartnerInput } from './add-partner.server';

/** Changes a partner's details; the link and any signature stay. A partner of another trajectory → 404. */
export async function updatePartner({ orgId, trajectoryId, partnerId, ...input }: OrgScope & { trajectoryId: string; partnerId: string } & PartnerInput) {
  const updated = await (
    await db()
  )
    .update(partners)
    .set(input)
    .where(inOrg(partners, orgId, and(eq(partners.id, partnerId), eq(partners.trajectoryId, trajectoryId))))
    .returning({ id: partners.id });
  if (updated.length === 0) notFound();
}
