import { sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { minutes } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { RuleError } from '#app/utils/rule-error';
import { changeDraft, hasIdentifyingNotes, hasRefusedNotes } from './minutes-records.server';

/** From here on the minutes are read-only for everyone; the follow-up and reports use them. */
export async function finaliseMinutes(scope: TrajectoryScope): Promise<void> {
  authorize(scope, 'minutes.write');
  const { orgId, trajectoryId, actor } = scope;
  await changeDraft(scope, async (tx, announce) => {
    // Words of a parent who said no never become final.
    if (await hasRefusedNotes(tx, orgId, trajectoryId)) throw new RuleError('minutes.finaliseConsentRefused');
    // Nothing identifying becomes final: the guard runs over every note once more.
    if (await hasIdentifyingNotes(tx, scope)) throw new RuleError('minutes.finaliseLeak');
    const final = { status: 'finalised' as const, finalisedAt: sql`now()`, finalisedBy: actor.userId };
    await tx
      .insert(minutes)
      .values({ orgId, trajectoryId, ...final })
      .onConflictDoUpdate({ target: minutes.trajectoryId, set: final });
    await announce('finalised');
  });
}
