import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { assertTrajectoryInOrg } from './assert-trajectory.server';
import type { FlyerContent } from '../domain/flyer-defaults';
import { isFlyerLanguage } from '../domain/languages';

/** Saves one language's flyer text, creating it when it is new. */
export async function saveFlyerText({ orgId, trajectoryId, language, content }: OrgScope & { trajectoryId: string; language: string; content: FlyerContent }) {
  if (!isFlyerLanguage(language)) notFound();
  const database = await db();
  await assertTrajectoryInOrg(database, orgId, trajectoryId);
  await database
    .insert(flyerTexts)
    .values({ orgId, trajectoryId, language, ...content })
    .onConflictDoUpdate({
      target: [flyerTexts.trajectoryId, flyerTexts.language],
      set: { ...content, updatedAt: new Date() },
      setWhere: inOrg(flyerTexts, orgId),
    });
}
