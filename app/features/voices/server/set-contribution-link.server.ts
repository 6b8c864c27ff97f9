import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { newToken } from '#app/utils/tokens.server';

/**
 * The coordinator switches the anonymous contribution link on (made at the first time) or off, or
 * renews it: the old link (on flyers already handed out) answers 404 from then on.
 */
export async function setContributionLink(scope: TrajectoryScope & { intent: 'link-open' | 'link-close' | 'link-renew' }): Promise<void> {
  authorize(scope, 'trajectory.edit');
  const { orgId, trajectoryId, intent } = scope;
  await (
    await db()
  ).transaction(async (tx) => {
    const mine = inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId));
    const [row] = await tx.select({ token: trajectories.contributionToken }).from(trajectories).where(mine).for('update');
    const change =
      intent === 'link-close'
        ? { contributionOpen: false }
        : intent === 'link-renew'
          ? { contributionToken: newToken() }
          : { contributionOpen: true, ...(row?.token ? {} : { contributionToken: newToken() }) };
    await tx.update(trajectories).set(change).where(mine);
  });
}
