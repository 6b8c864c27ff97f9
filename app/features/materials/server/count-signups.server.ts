import { and, count, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { participants } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';

/** How many people signed up through the public page (a number only: no personal data). */
export async function countSignups({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<number> {
  const [row] = await (
    await db()
  )
    .select({ n: count() })
    .from(participants)
    .where(inOrg(participants, orgId, and(eq(participants.trajectoryId, trajectoryId), eq(participants.source, 'signup'))));
  return row?.n ?? 0;
}
