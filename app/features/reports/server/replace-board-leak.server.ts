import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { inBoardNote, type ReplaceScope } from './replace-leak-records.server';

/** One click on a flagged place of a report, in a note of the follow-up board: the curators replace exactly that span, in one transaction. */
export async function replaceBoardLeak(scope: ReplaceScope): Promise<void> {
  authorize(scope, 'board.curate');
  await (await db()).transaction((tx) => inBoardNote(tx, scope));
}
