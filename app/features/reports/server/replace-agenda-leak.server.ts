import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { inAgendaItem, type ReplaceScope } from './replace-leak-records.server';

/**
 * One click on a flagged place of a report, in an agenda item's title, plain-language text, theme
 * or one of its quotes: exactly that span is replaced, with "Privacy: naam vervangen" (or its kind)
 * as the reason in the item's history, in one transaction.
 */
export async function replaceAgendaLeak(scope: ReplaceScope): Promise<void> {
  authorize(scope, 'agenda.edit');
  await (await db()).transaction((tx) => inAgendaItem(tx, scope));
}
