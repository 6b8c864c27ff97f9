import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { actions } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { isClosed } from '../domain/statuses';
import type { ActionInput } from '../domain/action-fields';
import { checkedAction, keepReminderSweep, theAction } from './actions-records.server';

/** Changes an action (title, item, owner, status, due day, next step); its updates stay. Another trajectory's action → 404. */
export async function updateAction(input: TrajectoryScope & ActionInput & { actionId: string }) {
  authorize(input, 'actions.manage');
  await (
    await db()
  ).transaction(async (tx) => {
    const values = await checkedAction(tx, input, input);
    const now = new Date();
    const updated = await tx
      .update(actions)
      .set({ ...values, updatedAt: now })
      .where(theAction(input, input.actionId))
      .returning({ id: actions.id });
    if (updated.length === 0) notFound();
    if (!isClosed(values.status)) await keepReminderSweep(tx, now);
  });
}
