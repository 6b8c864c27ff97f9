import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '#app/db/client.server';
import { memberships, users } from '#app/db/schema';
import { getTrajectoryOverview } from '#app/features/trajectory/server/get-trajectory-overview.server';
import { trajectoryScope } from '#app/features/trajectory/server/require-trajectory.server';
import { seedFreshDemo } from './seed-demo.server';

describe('the demo organisation', () => {
  it('holds a trajectory that has gone through step 8, with the follow-up session and mirror meeting done', async () => {
    const demo = await seedFreshDemo();
    const database = await db();
    const [coordinator] = await database
      .select({ userId: users.id, orgId: memberships.orgId })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(eq(users.email, demo.people.coordinator.email));
    const actor = { userId: coordinator!.userId, orgRole: 'coordinator' as const };
    const { scope } = await trajectoryScope({ orgId: coordinator!.orgId, actor, trajectoryId: demo.trajectories.oosterpark.id });
    const { steps } = await getTrajectoryOverview(scope);
    expect(steps[5]!.state).toBe('done');
    expect(steps[6]!.state).toBe('done');
    expect(steps[7]).toMatchObject({ state: 'done', values: { items: 3, reacted: 5, links: 6, actions: 3, done: 1 } });
    // The other two demo trajectories have not reached step 8.
    for (const id of [demo.trajectories.schans.id, demo.trajectories.noord.id]) {
      const other = await getTrajectoryOverview((await trajectoryScope({ orgId: coordinator!.orgId, actor, trajectoryId: id })).scope);
      expect(other.steps[7]!.state).toBe('notStarted');
    }
  });
});
