import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { boardIdeas } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { notFound } from '#app/utils/http.server';
import { assertPhase, assertText, publishBoard, requireBoard, requireMemberOrNull, requireTheme } from './board-records.server';

/** Adds an idea to a theme (idempotent on key); only in the ideas phase. */
export async function addIdea({
  orgId,
  boardId,
  memberId,
  themeId,
  text,
  onBehalf,
  key,
}: {
  orgId: string;
  boardId: string;
  memberId: string | null;
  themeId: string;
  text: string;
  onBehalf: boolean;
  key: string;
}): Promise<{ id: string; duplicate: boolean }> {
  return (await db()).transaction(async (tx) => {
    const board = await requireBoard(tx, orgId, boardId);
    const byKey = () =>
      tx
        .select({ id: boardIdeas.id })
        .from(boardIdeas)
        .where(inOrg(boardIdeas, orgId, and(eq(boardIdeas.boardId, boardId), eq(boardIdeas.idempotencyKey, key))));
    const [sent] = await byKey();
    if (sent) return { id: sent.id, duplicate: true };
    assertPhase(board, 'idea');
    const theme = await requireTheme(tx, orgId, boardId, themeId);
    const member = await requireMemberOrNull(tx, orgId, boardId, memberId);
    const [inserted] = await tx
      .insert(boardIdeas)
      .values({ orgId, boardId, themeId: theme.id, memberId: member, text: assertText(text), onBehalf, idempotencyKey: key })
      .onConflictDoNothing({ target: boardIdeas.idempotencyKey })
      .returning({ id: boardIdeas.id });
    if (!inserted) {
      const [again] = await byKey();
      if (!again) notFound();
      return { id: again.id, duplicate: true };
    }
    await publishBoard(tx, orgId, boardId, 'idea', key);
    return { id: inserted.id, duplicate: false };
  });
}
