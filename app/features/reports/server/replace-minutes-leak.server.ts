import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { inMinuteNote, type ReplaceScope } from './replace-leak-records.server';

/**
 * One click on a flagged place of a report, in a minutes note: exactly that span becomes "[naam]"
 * (or the placeholder of its kind), in one transaction. Refused when the guard no longer flags that
 * very span (someone changed the text meanwhile), so nothing else in the note is ever touched.
 */
export async function replaceMinutesLeak(scope: ReplaceScope): Promise<void> {
  authorize(scope, 'minutes.write');
  await (await db()).transaction((tx) => inMinuteNote(tx, scope));
}
