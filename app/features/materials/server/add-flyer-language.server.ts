import { and, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { assertFlyerLanguage } from './flyer-records.server';

/**
 * Adds a language to the flyer. Its texts start empty: the workgroup writes the translation
 * (no machine translation). Name and phone of the contact are copied from the Dutch flyer.
 */
export async function addFlyerLanguage(input: TrajectoryScope & { language: string }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, language } = input;
  assertFlyerLanguage(language);
  const database = await db();
  const [dutch] = await database
    .select({ contactName: flyerTexts.contactName, contactPhone: flyerTexts.contactPhone })
    .from(flyerTexts)
    .where(inOrg(flyerTexts, orgId, and(eq(flyerTexts.trajectoryId, trajectoryId), eq(flyerTexts.language, 'nl'))));
  await database
    .insert(flyerTexts)
    .values({ orgId, trajectoryId, language, contactName: dutch?.contactName ?? '', contactPhone: dutch?.contactPhone ?? '' })
    .onConflictDoNothing({ target: [flyerTexts.trajectoryId, flyerTexts.language] });
}
