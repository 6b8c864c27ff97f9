import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import type { OrgScope } from '#app/db/scope.server';
import { assertTrajectoryInOrg } from './assert-trajectory.server';
import { defaultDutchFlyerFor } from './default-dutch-flyer.server';

/** On first open of the materials page, the Dutch flyer is saved with a starting text. */
export async function ensureDutchFlyer(scope: OrgScope & { trajectory: { id: string; theme: string } }): Promise<void> {
  const database = await db();
  await assertTrajectoryInOrg(database, scope.orgId, scope.trajectory.id);
  const content = await defaultDutchFlyerFor(scope);
  await database
    .insert(flyerTexts)
    .values({ orgId: scope.orgId, trajectoryId: scope.trajectory.id, language: 'nl', ...content })
    .onConflictDoNothing({ target: [flyerTexts.trajectoryId, flyerTexts.language] });
}
