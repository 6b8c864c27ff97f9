import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

/** Removes a language's flyer. The Dutch flyer always stays. */
export async function removeFlyerLanguage({ orgId, trajectoryId, language }: OrgScope & { trajectoryId: string; language: string }) {
  if (language === 'nl') return;
  await (await db()).delete(flyerTexts).where(inOrg(flyerTexts, orgId, and(eq(flyerTexts.trajectoryId, trajectoryId), eq(flyerTexts.language, language))));
}
