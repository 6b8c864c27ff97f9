import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { organisations } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import type { OrgKind } from '../domain/labels';

/** Changes the organisation's name and kind (admins only). The short address stays, so links keep working. */
export async function updateOrganisation({ orgId, actor, name, kind }: OrgScope & { name: string; kind: OrgKind }) {
  authorize({ actor }, 'org.manage');
  // The organisations table is the tenant itself: its own id is the scope.
  await (await db()).update(organisations).set({ name, kind }).where(eq(organisations.id, orgId));
}
