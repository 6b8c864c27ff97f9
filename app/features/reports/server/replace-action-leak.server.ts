import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { inAction, type ReplaceScope } from './replace-leak-records.server';

/** One click on a flagged place of a report, in an action's title: exactly that span is replaced, in one transaction. */
export async function replaceActionLeak(scope: ReplaceScope): Promise<void> {
  authorize(scope, 'actions.manage');
  await (await db()).transaction((tx) => inAction(tx, scope));
}
