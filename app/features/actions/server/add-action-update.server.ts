import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { actions } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import type { UpdateInput } from '../domain/action-fields';
import { recordUpdate, theAction } from './actions-records.server';
import { once } from '#app/utils/submissions.server';

/** A dated update by a workgroup member: what happened, with evidence; it may change the status. Another trajectory's action → 404. Once per submission key. */
export async function addActionUpdate(input: TrajectoryScope & UpdateInput & { actionId: string }) {
  authorize(input, 'actions.manage');
  return (await db()).transaction((tx) =>
    once(tx, input.orgId, 'actions.addUpdate', async () => {
      const [action] = await tx.select({ id: actions.id }).from(actions).where(theAction(input, input.actionId)).for('update');
      if (!action) notFound();
      return recordUpdate(
        tx,
        { orgId: input.orgId, trajectoryId: input.trajectoryId, id: action.id },
        { ...input, authorId: input.actor.userId, partnerId: null },
      );
    }),
  );
}
