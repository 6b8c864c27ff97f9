import { eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { trajectories } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';

/** Saves the text partners sign. Signatures already given stay. */
export async function updateIntentStatement({ orgId, trajectoryId, intentStatement }: OrgScope & { trajectoryId: string; intentStatement: string }) {
  const updated = await (
    await db()
  )
    .update(trajectories)
    .set({ intentStatement, updatedAt: sql`now()` })
    .where(inOrg(trajectories, orgId, eq(trajectories.id, trajectoryId)))
    .returning({ id: trajectories.id });
  if (updated.length === 0) notFound();
}
