import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import type { FlyerContent } from '../domain/flyer-defaults';
import { assertFlyerLanguage } from './flyer-records.server';

/** Saves one language's flyer text, creating it when it is new. */
export async function saveFlyerText(input: TrajectoryScope & { language: string; content: FlyerContent }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, language, content } = input;
  assertFlyerLanguage(language);
  await (
    await db()
  )
    .insert(flyerTexts)
    .values({ orgId, trajectoryId, language, ...content })
    .onConflictDoUpdate({
      target: [flyerTexts.trajectoryId, flyerTexts.language],
      set: { ...content, updatedAt: new Date() },
      setWhere: inOrg(flyerTexts, orgId),
    });
}
