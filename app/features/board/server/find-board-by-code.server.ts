import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boards, trajectories } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import { normaliseJoinCode } from '../domain/join-code';

/** Public lookup by join code (any case, spaces ignored); throws a 404 Response when unknown. */
export async function findBoardByCode(code: string): Promise<{ id: string; orgId: string; trajectoryId: string; joinCode: string; title: string }> {
  const joinCode = normaliseJoinCode(code);
  if (!joinCode) notFound();
  // The one board query without an organisation: the code is what tells us the organisation.
  const [row] = await (
    await db()
  )
    .select({ id: boards.id, orgId: boards.orgId, trajectoryId: boards.trajectoryId, joinCode: boards.joinCode, title: trajectories.title })
    .from(boards)
    .innerJoin(trajectories, eq(trajectories.id, boards.trajectoryId))
    .where(eq(boards.joinCode, joinCode));
  if (!row) notFound();
  return row;
}
