import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { once } from '#app/utils/submissions.server';
import { newToken } from '#app/utils/tokens.server';
import { type ListenerInput, listenerInput } from './listener-records.server';

/**
 * Adds one or more listeners, each with its own personal link. Several at once (a paste) go in
 * together or not at all, once per submission key.
 */
export async function addListeners(input: TrajectoryScope & { rows: ListenerInput[] }) {
  authorize(input, 'trajectory.edit');
  if (input.rows.length === 0) return [];
  const { orgId, trajectoryId } = input;
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'listeners.add', () =>
      tx
        .insert(listeners)
        .values(input.rows.map((row) => ({ orgId, trajectoryId, ...listenerInput(row), linkToken: newToken() })))
        .returning({ id: listeners.id }),
    ),
  );
}
