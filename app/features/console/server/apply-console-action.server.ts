import { eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { conversations } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { channelFor } from '#app/realtime/channels';
import { publish } from '#app/realtime/publish.server';
import { RuleError } from '#app/utils/rule-error';
import { initialState, reconcile } from '../domain/queue';
import { type ConsoleAction, reduceConsole } from '../domain/reducer';
import { consoleRoster, storedConversation } from './console-records.server';

/**
 * One button press on the console, in one transaction: lock (or create) the stored state,
 * refuse a press made on an outdated screen (someone else changed the state first: a
 * RuleError, nothing changes), apply the rule, save and announce it.
 */
export async function applyConsoleAction(scope: TrajectoryScope & { action: ConsoleAction; expectedVersion: number; now?: Date }) {
  authorize(scope, 'console.run');
  const { orgId, action, expectedVersion, now = new Date() } = scope;
  const trajectory = await loadTrajectory(scope);
  return (await db()).transaction(async (tx) => {
    const roster = await consoleRoster(tx, orgId, trajectory);
    await tx
      .insert(conversations)
      .values({ orgId, trajectoryId: trajectory.id, state: initialState(roster), version: 0 })
      .onConflictDoNothing();
    const stored = await storedConversation(tx, orgId, trajectory.id, true);
    if (stored.version !== expectedVersion) throw new RuleError('console.conflict');
    const state = reduceConsole(reconcile(stored.state, roster), action, now);
    const version = stored.version + 1;
    await tx
      .update(conversations)
      .set({ state, version, updatedAt: sql`now()` })
      .where(inOrg(conversations, orgId, eq(conversations.trajectoryId, trajectory.id)));
    await publish(tx, {
      orgId,
      channel: channelFor(trajectory.id, 'console'),
      kind: 'state',
      payload: { version, currentKey: state.currentKey, currentParticipantId: state.currentParticipantId },
    });
    return { state, version };
  });
}
