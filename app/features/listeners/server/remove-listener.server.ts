import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Removes a listener; their link stops working. Questions they handed in stay, without their name (set null). */
export async function removeListener({ orgId, trajectoryId, listenerId }: OrgScope & { trajectoryId: string; listenerId: string }) {
  const removed = await (
    await db()
  )
    .delete(listeners)
    .where(inOrg(listeners, orgId, and(eq(listeners.id, listenerId), eq(listeners.trajectoryId, trajectoryId))))
    .returning({ id: listeners.id });
  if (removed.length === 0) notFound();
}
