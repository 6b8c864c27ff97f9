import { and, eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';

/** Removes a language's flyer. The Dutch flyer always stays. */
export async function removeFlyerLanguage(input: TrajectoryScope & { language: string }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, language } = input;
  if (language === 'nl') return;
  await (await db()).delete(flyerTexts).where(inOrg(flyerTexts, orgId, and(eq(flyerTexts.trajectoryId, trajectoryId), eq(flyerTexts.language, language))));
}
