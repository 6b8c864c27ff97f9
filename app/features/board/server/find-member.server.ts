import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardMembers } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { isUuid } from './board-records.server';

/** The member behind a device token hash or a signed-in user on this board, or null. */
export async function findMember({
  orgId,
  boardId,
  deviceHash,
  userId,
}: {
  orgId: string;
  boardId: string;
  deviceHash?: string | null;
  userId?: string | null;
}): Promise<{ memberId: string; displayName: string } | null> {
  if (!isUuid(boardId)) return null;
  const who = deviceHash ? eq(boardMembers.deviceHash, deviceHash) : isUuid(userId) ? eq(boardMembers.userId, userId) : null;
  if (!who) return null;
  const [row] = await (
    await db()
  )
    .select({ memberId: boardMembers.id, displayName: boardMembers.displayName })
    .from(boardMembers)
    .where(inOrg(boardMembers, orgId, and(eq(boardMembers.boardId, boardId), who)));
  return row ?? null;
}
