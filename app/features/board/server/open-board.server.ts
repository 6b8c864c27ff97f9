import { randomInt } from 'node:crypto';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { boards } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { newJoinCode } from '../domain/join-code';
import { boardOfTrajectory, publishBoard } from './board-records.server';

/** Opens the follow-up board of the scope's trajectory (once; again returns the same board). */
export async function openBoard(scope: TrajectoryScope): Promise<{ id: string; joinCode: string }> {
  authorize(scope, 'board.run');
  const { orgId, actor, trajectoryId } = scope;
  const database = await db();
  // A new code can collide with another board's code: try again with a fresh one.
  for (let attempt = 0; attempt < 8; attempt++) {
    const opened = await database.transaction(async (tx) => {
      const existing = await boardOfTrajectory(tx, orgId, trajectoryId);
      if (existing) return existing;
      const [created] = await tx
        .insert(boards)
        .values({ orgId, trajectoryId, joinCode: newJoinCode(randomInt), openedBy: actor.userId })
        .onConflictDoNothing()
        .returning({ id: boards.id, joinCode: boards.joinCode });
      // Nothing inserted: opened at the same moment by someone else, or the code was taken.
      if (!created) return boardOfTrajectory(tx, orgId, trajectoryId);
      await publishBoard(tx, orgId, created.id, 'phase');
      return created;
    });
    if (opened) return opened;
  }
  throw new Error('No free join code found');
}
