import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisations } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';

/**
 * Turns the organisation's own embeddings service for theme matching on (an address) or off
 * (empty), with the model to ask for (admins only). The address is checked by the form.
 */
export async function updateEmbeddings({ orgId, actor, embeddingsUrl, embeddingsModel }: OrgScope & { embeddingsUrl: string; embeddingsModel: string }) {
  authorize({ actor }, 'org.manage');
  // The organisations table is the tenant itself: its own id is the scope.
  await (
    await db()
  )
    .update(organisations)
    .set({ embeddingsUrl, embeddingsModel: embeddingsUrl === '' ? '' : embeddingsModel })
    .where(eq(organisations.id, orgId));
}
