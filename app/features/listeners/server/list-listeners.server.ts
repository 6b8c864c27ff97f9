import { asc, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { listenerLinkUrl } from './listener-records.server';

export type Listener = Awaited<ReturnType<typeof listListeners>>[number];

/**
 * The trajectory's listeners in the order they were added. A personal link lets anyone answer
 * for the listener: only people who may edit the trajectory get it (null for the others).
 */
export async function listListeners(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const rows = await (
    await db()
  )
    .select()
    .from(listeners)
    .where(inOrg(listeners, scope.orgId, eq(listeners.trajectoryId, scope.trajectoryId)))
    .orderBy(asc(listeners.createdAt), asc(listeners.name));
  const showLinks = can(scope, 'trajectory.edit');
  return rows.map(({ linkToken, ...l }) => ({ ...l, link: showLinks ? listenerLinkUrl(linkToken) : null }));
}
