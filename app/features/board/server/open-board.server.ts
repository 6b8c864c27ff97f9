import { randomInt } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { canRunBoard } from '#app/auth/permissions';
import { db, type Tx } from '#app/db/client.server';
import { boards } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { getTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { forbidden } from '#app/utils/http.server';
import { newJoinCode } from '../domain/join-code';
import { publishBoard } from './board-records.server';

/** Opens the follow-up board of a trajectory (once; again returns the same board). */
export async function openBoard(scope: OrgScope & { trajectoryId: string }): Promise<{ id: string; joinCode: string }> {
  const { orgId, actor } = scope;
  const { trajectory, myRoles } = await getTrajectory(scope);
  if (!canRunBoard(actor, myRoles)) forbidden();
  const database = await db();
  // A new code can collide with another board's code: try again with a fresh one.
  for (let attempt = 0; attempt < 8; attempt++) {
    const opened = await database.transaction(async (tx) => {
      const existing = await boardOf(tx, orgId, trajectory.id);
      if (existing) return existing;
      const [created] = await tx
        .insert(boards)
        .values({ orgId, trajectoryId: trajectory.id, joinCode: newJoinCode(randomInt), openedBy: actor.userId })
        .onConflictDoNothing()
        .returning({ id: boards.id, joinCode: boards.joinCode });
      // Nothing inserted: opened at the same moment by someone else, or the code was taken.
      if (!created) return boardOf(tx, orgId, trajectory.id);
      await publishBoard(tx, orgId, created.id, 'phase');
      return created;
    });
    if (opened) return opened;
  }
  throw new Error('No free join code found');
}

async function boardOf(tx: Tx, orgId: string, trajectoryId: string) {
  const [row] = await tx
    .select({ id: boards.id, joinCode: boards.joinCode })
    .from(boards)
    .where(inOrg(boards, orgId, eq(boards.trajectoryId, trajectoryId)));
  return row ?? null;
}
