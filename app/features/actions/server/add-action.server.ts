import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { actions } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { isClosed } from '../domain/statuses';
import type { ActionInput } from '../domain/action-fields';
import { checkedAction, keepReminderSweep } from './actions-records.server';
import { once } from '#app/utils/submissions.server';

/** Adds an action to the change agenda, for an agreed item or none, with an owner at a partner organisation; once per submission key. */
export async function addAction(input: TrajectoryScope & ActionInput) {
  authorize(input, 'actions.manage');
  const { orgId, trajectoryId } = input;
  return (await db()).transaction((tx) =>
    once(tx, orgId, 'actions.add', async () => {
      const values = await checkedAction(tx, input, input);
      const [action] = await tx
        .insert(actions)
        .values({ orgId, trajectoryId, ...values })
        .returning({ id: actions.id });
      if (!isClosed(values.status)) await keepReminderSweep(tx, new Date());
      return action!;
    }),
  );
}
