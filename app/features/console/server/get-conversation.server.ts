import { eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { conversations } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { type ConversationState, EMPTY_CONVERSATION } from '#app/features/console/domain/state';

/** The stored console state of a trajectory's mirror meeting (empty before it starts). Access is checked by the caller. */
export async function getConversation({ orgId, trajectoryId }: OrgScope & { trajectoryId: string }): Promise<{ state: ConversationState; version: number }> {
  const [row] = await (
    await db()
  )
    .select({ state: conversations.state, version: conversations.version })
    .from(conversations)
    .where(inOrg(conversations, orgId, eq(conversations.trajectoryId, trajectoryId)));
  if (!row) return { state: EMPTY_CONVERSATION, version: 0 };
  return { state: { ...EMPTY_CONVERSATION, ...(row.state as Partial<ConversationState>) }, version: row.version };
}
