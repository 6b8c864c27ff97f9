import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardMembers, boards, trajectories } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import { normaliseJoinCode } from '../domain/join-code';

/**
 * The public lookup behind a phone: the board by its join code (any case, spaces ignored; a 404
 * when unknown), and the member this device joined as (null when it has not joined). One query,
 * as it runs for every request a phone makes.
 */
export async function findBoardByCode({ code, deviceHash }: { code: string; deviceHash: string | null }): Promise<{
  board: { id: string; orgId: string; trajectoryId: string; joinCode: string; title: string };
  member: { memberId: string; displayName: string } | null;
}> {
  const joinCode = normaliseJoinCode(code);
  if (!joinCode) notFound();
  // The one board query without an organisation: the code is what tells us the organisation.
  const [row] = await (
    await db()
  )
    .select({
      board: { id: boards.id, orgId: boards.orgId, trajectoryId: boards.trajectoryId, joinCode: boards.joinCode, title: trajectories.title },
      memberId: boardMembers.id,
      displayName: boardMembers.displayName,
    })
    .from(boards)
    .innerJoin(trajectories, eq(trajectories.id, boards.trajectoryId))
    .leftJoin(boardMembers, and(eq(boardMembers.boardId, boards.id), eq(boardMembers.orgId, boards.orgId), eq(boardMembers.deviceHash, deviceHash ?? '')))
    .where(eq(boards.joinCode, joinCode));
  if (!row) notFound();
  return { board: row.board, member: deviceHash && row.memberId ? { memberId: row.memberId, displayName: row.displayName ?? '' } : null };
}
