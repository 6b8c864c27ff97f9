import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { actions } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { theAction } from './actions-records.server';

/** Removes an action made by mistake; its updates go with it (foreign key cascade). To end one that was tried, stop it with a reason. */
export async function removeAction(input: TrajectoryScope & { actionId: string }) {
  authorize(input, 'actions.manage');
  const removed = await (await db()).delete(actions).where(theAction(input, input.actionId)).returning({ id: actions.id });
  if (removed.length === 0) notFound();
}
