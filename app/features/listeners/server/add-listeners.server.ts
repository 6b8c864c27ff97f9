import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import { type OrgScope } from '#app/db/scope.server';
import type { ListenerCategory } from '#app/features/theme/domain/listener-plan';
import { newToken } from '#app/utils/tokens.server';
import { findTrajectoryOr404 } from './find-trajectory.server';

export type ListenerInput = { name: string; organisation: string; category: ListenerCategory; email: string };

/**
 * Adds one or more listeners, each with its own personal link. Several at once (a paste) go in
 * together or not at all. Permission is checked by the caller.
 */
export async function addListeners({ orgId, trajectoryId, rows }: OrgScope & { trajectoryId: string; rows: ListenerInput[] }) {
  if (rows.length === 0) return [];
  return (await db()).transaction(async (tx) => {
    await findTrajectoryOr404(tx, orgId, trajectoryId);
    return tx
      .insert(listeners)
      .values(rows.map((row) => ({ orgId, trajectoryId, ...row, linkToken: newToken() })))
      .returning({ id: listeners.id });
  });
}
