import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { flyerTexts } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { sortLanguages } from '../domain/languages';

export type FlyerText = typeof flyerTexts.$inferSelect;

/** The flyer texts of a trajectory, Dutch first, then in the order of the language list. */
export async function listFlyerTexts({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<FlyerText[]> {
  const rows = await (
    await db()
  )
    .select()
    .from(flyerTexts)
    .where(inOrg(flyerTexts, orgId, eq(flyerTexts.trajectoryId, trajectoryId)));
  const order = sortLanguages(rows.map((r) => r.language));
  return order.map((language) => rows.find((r) => r.language === language)!);
}
