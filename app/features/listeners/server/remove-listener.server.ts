import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { theListener } from './listener-records.server';

/** Removes a listener; their link stops working. Questions they handed in stay, without their name (set null). */
export async function removeListener(input: TrajectoryScope & { listenerId: string }) {
  authorize(input, 'trajectory.edit');
  const removed = await (await db()).delete(listeners).where(theListener(input, input.listenerId)).returning({ id: listeners.id });
  if (removed.length === 0) notFound();
}
