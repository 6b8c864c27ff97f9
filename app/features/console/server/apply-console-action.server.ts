import { eq, sql } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { conversations } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { initialState, reconcile } from '../domain/queue';
import { type ConsoleAction, reduceConsole } from '../domain/reducer';
import { type ConversationState, EMPTY_CONVERSATION } from '../domain/state';
import { consoleRoster } from './console-roster.server';
import { consoleTrajectory } from './console-trajectory.server';

export type ConsoleResult = {
  ok: boolean;
  state: ConversationState;
  version: number;
};

/**
 * One button press on the console, in one transaction: lock (or create) the stored state,
 * refuse a press made on an outdated screen, apply the rule, save and announce it.
 * `ok: false` means someone else changed the state first; the fresh state comes back.
 */
export async function applyConsoleAction({
  orgId,
  actor,
  trajectoryId,
  action,
  expectedVersion,
  now = new Date(),
}: OrgScope & {
  trajectoryId: string;
  action: ConsoleAction;
  expectedVersion: number;
  now?: Date;
}): Promise<ConsoleResult> {
  const { trajectory } = await consoleTrajectory({
    orgId,
    actor,
    trajectoryId,
  });
  return (await db()).transaction(async (tx) => {
    const roster = await consoleRoster(tx, orgId, trajectory);
    await tx
      .insert(conversations)
      .values({
        orgId,
        trajectoryId: trajectory.id,
        state: initialState(roster),
        version: 0,
      })
      .onConflictDoNothing();
    const [row] = await tx
      .select({ state: conversations.state, version: conversations.version })
      .from(conversations)
      .where(inOrg(conversations, orgId, eq(conversations.trajectoryId, trajectory.id)))
      .for('update');
    const stored = reconcile({ ...EMPTY_CONVERSATION, ...(row!.state as Partial<ConversationState>) }, roster);
    if (row!.version !== expectedVersion) return { ok: false, state: stored, version: row!.version };
    const state = reduceConsole(stored, action, now);
    const version = row!.version + 1;
    await tx
      .update(conversations)
      .set({ state, version, updatedAt: sql`now()` })
      .where(inOrg(conversations, orgId, eq(conversations.trajectoryId, trajectory.id)));
    await publish(tx, {
      orgId,
      channel: channelFor(trajectory.id, 'console'),
      kind: 'state',
      payload: {
        version,
        currentKey: state.currentKey,
        currentParticipantId: state.currentParticipantId,
      },
    });
    return { ok: true, state, version };
  });
}
