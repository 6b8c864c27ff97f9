import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { isFlyerLanguage } from '../domain/languages';
import { assertTrajectoryInOrg } from './assert-trajectory.server';

/**
 * Adds a language to the flyer. Its texts start empty: the workgroup writes the translation
 * (no machine translation). Name and phone of the contact are copied from the Dutch flyer.
 */
export async function addFlyerLanguage({ orgId, trajectoryId, language }: OrgScope & { trajectoryId: string; language: string }) {
  if (!isFlyerLanguage(language)) notFound();
  const database = await db();
  await assertTrajectoryInOrg(database, orgId, trajectoryId);
  const [dutch] = await database
    .select({ contactName: flyerTexts.contactName, contactPhone: flyerTexts.contactPhone })
    .from(flyerTexts)
    .where(inOrg(flyerTexts, orgId, and(eq(flyerTexts.trajectoryId, trajectoryId), eq(flyerTexts.language, 'nl'))));
  await database
    .insert(flyerTexts)
    .values({ orgId, trajectoryId, language, contactName: dutch?.contactName ?? '', contactPhone: dutch?.contactPhone ?? '' })
    .onConflictDoNothing({ target: [flyerTexts.trajectoryId, flyerTexts.language] });
}
