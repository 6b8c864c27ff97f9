import { db } from '#app/db/client.server';
import { boardMembers } from '#app/db/schema';
import { notFound } from '#app/utils/http.server';
import { isUuid, publishBoard, requireBoard } from './board-records.server';

/** Joins (or re-joins, updating the display name) with a device token hash or as a signed-in user. */
export async function joinBoard({
  orgId,
  boardId,
  deviceHash,
  userId,
  displayName,
}: {
  orgId: string;
  boardId: string;
  deviceHash?: string | null;
  userId?: string | null;
  displayName: string;
}): Promise<{ memberId: string }> {
  const name = displayName.trim().slice(0, 40);
  if (!deviceHash && !isUuid(userId)) notFound();
  return (await db()).transaction(async (tx) => {
    await requireBoard(tx, orgId, boardId);
    const values = { orgId, boardId, displayName: name };
    const [member] = deviceHash
      ? await tx
          .insert(boardMembers)
          .values({ ...values, deviceHash })
          .onConflictDoUpdate({ target: [boardMembers.boardId, boardMembers.deviceHash], set: { displayName: name } })
          .returning({ id: boardMembers.id })
      : await tx
          .insert(boardMembers)
          .values({ ...values, userId })
          .onConflictDoUpdate({ target: [boardMembers.boardId, boardMembers.userId], set: { displayName: name } })
          .returning({ id: boardMembers.id });
    await publishBoard(tx, orgId, boardId, 'member');
    return { memberId: member!.id };
  });
}
