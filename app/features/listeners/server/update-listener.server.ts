import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { ListenerInput } from './add-listeners.server';

/** Changes a listener's details; the link, invitation and answers stay. Another trajectory's listener → 404. */
export async function updateListener({ orgId, trajectoryId, listenerId, ...input }: OrgScope & { trajectoryId: string; listenerId: string } & ListenerInput) {
  const updated = await (
    await db()
  )
    .update(listeners)
    .set(input)
    .where(inOrg(listeners, orgId, and(eq(listeners.id, listenerId), eq(listeners.trajectoryId, trajectoryId))))
    .returning({ id: listeners.id });
  if (updated.length === 0) notFound();
}
