import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { partners } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Removes a partner; its reactions go with it (foreign key cascade). */
export async function removePartner({ orgId, trajectoryId, partnerId }: OrgScope & { trajectoryId: string; partnerId: string }) {
  const removed = await (
    await db()
  )
    .delete(partners)
    .where(inOrg(partners, orgId, and(eq(partners.id, partnerId), eq(partners.trajectoryId, trajectoryId))))
    .returning({ id: partners.id });
  if (removed.length === 0) notFound();
}
