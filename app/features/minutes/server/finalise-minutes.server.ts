import { sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { minutes } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { changeDraft } from './minutes-records.server';

/** From here on the minutes are read-only for everyone; the follow-up and reports use them. */
export async function finaliseMinutes(scope: TrajectoryScope): Promise<void> {
  authorize(scope, 'minutes.write');
  const { orgId, trajectoryId, actor } = scope;
  await changeDraft(scope, async (tx, announce) => {
    const final = { status: 'finalised' as const, finalisedAt: sql`now()`, finalisedBy: actor.userId };
    await tx
      .insert(minutes)
      .values({ orgId, trajectoryId, ...final })
      .onConflictDoUpdate({ target: minutes.trajectoryId, set: final });
    await announce('finalised');
  });
}
