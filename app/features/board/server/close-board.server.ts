import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import type { RankedItem } from '../domain/types';
import { requireBoard, type StaffOnBoard } from './board-records.server';
import { closeInTx } from './closing-records.server';

/** Closes voting: ranks the ideas, and writes the top 10 (with ties) as the draft change agenda. */
export async function closeBoard(input: StaffOnBoard): Promise<RankedItem[]> {
  authorize(input, 'board.run');
  return (await db()).transaction(async (tx) => closeInTx(tx, await requireBoard(tx, input, 'update')));
}
