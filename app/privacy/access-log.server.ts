// The access log (issue 16, NEN 7513): who viewed, changed, exported or erased a participant's
// personal data, when, on which screen and in which role. Every operation that reads or changes
// personal data calls logAccess in its own transaction, so the entry commits with the read or the
// change (or neither does). One entry per participant: a list of twenty participants is twenty
// entries, so "who looked at me" is one query on participant_id (decision 0021).
import { asc, desc, eq, sql } from 'drizzle-orm';
import type { Actor, TrajectoryRole } from '#app/auth/permissions';
import type { Db, Tx } from '#app/db/client.server';
import { type AccessAction, accessLog } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import { type AccessEntry, chainEntries, type ChainStatus, verifyChain } from '#app/features/privacy/domain/access-chain';

/**
 * Who is looking: a signed-in member (with their roles in the trajectory), or nobody signed in: the
 * parent themselves, through the sign-up form ('signup') or their own page ('parent').
 */
export type AccessCaller = { orgId: string; actor: Actor | null; roles?: readonly TrajectoryRole[]; trajectoryId?: string | null; self?: 'signup' | 'parent' };

export type AccessWhat = { participantIds: readonly string[]; action: AccessAction; screen: string };

/** The roles an entry records: the organisation role first, then the trajectory roles. */
export const rolesOf = (caller: AccessCaller): string[] => (caller.actor ? [caller.actor.orgRole, ...(caller.roles ?? [])] : [caller.self ?? 'signup']);

/**
 * Appends one entry per participant to the organisation's chain, inside `tx`. A transaction-scoped
 * advisory lock per organisation makes concurrent writers wait for each other, so each reads the
 * newest entry after the previous writer committed and the chain never forks.
 */
export async function logAccess(tx: Tx, caller: AccessCaller, what: AccessWhat, at = new Date()): Promise<void> {
  const participantIds = [...new Set(what.participantIds)];
  if (participantIds.length === 0) return;
  const { orgId } = caller;
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`access_log:${orgId}`}, 0))`);
  const [last] = await tx
    .select({ seq: accessLog.seq, hash: accessLog.hash })
    .from(accessLog)
    .where(eq(accessLog.orgId, orgId))
    .orderBy(desc(accessLog.seq))
    .limit(1);
  const actorRoles = rolesOf(caller);
  const entries = chainEntries(
    last ?? null,
    participantIds.map((participantId) => ({
      orgId,
      at,
      actorUserId: caller.actor?.userId ?? null,
      actorRoles,
      trajectoryId: caller.trajectoryId ?? null,
      participantId,
      action: what.action,
      screen: what.screen,
    })),
  );
  await tx.insert(accessLog).values(entries);
}

/** An organisation's whole log in order (for the chain check). */
export async function readAccessLog(reader: Db | Tx, orgId: string): Promise<AccessEntry[]> {
  return reader.select().from(accessLog).where(eq(accessLog.orgId, orgId)).orderBy(asc(accessLog.seq));
}

/** Whether the organisation's chain is intact, and if not, at which line it breaks. */
export async function checkAccessChain(reader: Db | Tx, orgId: string): Promise<ChainStatus> {
  return verifyChain(await readAccessLog(reader, orgId));
}

/** The entries about one participant, oldest first (their export). */
export async function accessEntriesAbout(reader: Db | Tx, orgId: string, participantId: string): Promise<AccessEntry[]> {
  return reader
    .select()
    .from(accessLog)
    .where(inOrg(accessLog, orgId, eq(accessLog.participantId, participantId)))
    .orderBy(asc(accessLog.seq));
}
