import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { listeners } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { type ListenerInput, listenerInput, theListener } from './listener-records.server';

/** Changes a listener's details; the link, invitation and answers stay. Another trajectory's listener → 404. */
export async function updateListener(input: TrajectoryScope & { listenerId: string } & ListenerInput) {
  authorize(input, 'trajectory.edit');
  const updated = await (await db()).update(listeners).set(listenerInput(input)).where(theListener(input, input.listenerId)).returning({ id: listeners.id });
  if (updated.length === 0) notFound();
}
