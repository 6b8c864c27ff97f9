import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { TrajectoryScope } from '#app/db/scope.server';
import { setListenerPresent } from './reception-records.server';

/** The desk ticks a listener off the list (or undoes it). */
export async function checkInListener(scope: TrajectoryScope & { listenerId: string; present: boolean }): Promise<void> {
  authorize(scope, 'reception.run');
  await (await db()).transaction((tx) => setListenerPresent(tx, scope));
}
