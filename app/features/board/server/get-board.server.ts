import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boards } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { isUuid } from './board-records.server';

/** The trajectory's board, or null when none is open yet. */
export async function getBoard({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<{ id: string; joinCode: string } | null> {
  if (!isUuid(trajectoryId)) notFound();
  const [row] = await (
    await db()
  )
    .select({ id: boards.id, joinCode: boards.joinCode })
    .from(boards)
    .where(inOrg(boards, orgId, eq(boards.trajectoryId, trajectoryId)));
  return row ?? null;
}
