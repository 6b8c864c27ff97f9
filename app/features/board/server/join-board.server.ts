import { sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardMembers } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import { publishBoard, requireBoard } from './board-records.server';

/**
 * Joins (or re-joins, updating the display name) with a device token's hash: authorised by the
 * join code that found the board (findBoardByCode) and the device token, no account needed.
 */
export async function joinBoard(input: { orgId: string; boardId: string; deviceHash: string; displayName: string }): Promise<{ memberId: string }> {
  const { orgId, boardId, deviceHash } = input;
  const displayName = input.displayName.trim().slice(0, 40);
  if (!deviceHash) notFound();
  return (await db()).transaction(async (tx) => {
    await requireBoard(tx, { orgId, boardId });
    const [member] = await tx
      .insert(boardMembers)
      .values({ orgId, boardId, displayName, deviceHash })
      .onConflictDoUpdate({ target: [boardMembers.boardId, boardMembers.deviceHash], set: { displayName } })
      .returning({ id: boardMembers.id, added: sql<boolean>`xmax = 0` });
    // A re-join (same phone) is no new member.
    await publishBoard(tx, orgId, boardId, 'member', { change: member!.added ? { kind: 'member' } : { kind: 'quiet' } });
    return { memberId: member!.id };
  });
}
