import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { inBoardNote, inBoardTheme, type ReplaceScope } from './replace-leak-records.server';

/** One click on a flagged place of a report, in a note or a theme's name of the follow-up board: the curators replace exactly that span, in one transaction. */
export async function replaceBoardLeak(scope: ReplaceScope): Promise<void> {
  authorize(scope, 'board.curate');
  await (await db()).transaction((tx) => (scope.table === 'boardTheme' ? inBoardTheme(tx, scope) : inBoardNote(tx, scope)));
}
