import { and, desc, eq, gte, ilike, lt, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { accessLog, participants, trajectories, users } from '#app/db/schema';
import { inOrg, type OrgScope } from '#app/db/scope.server';
import { checkAccessChain } from '#app/privacy/access-log.server';
import type { AccessLogFilter } from '../forms';

const LIMIT = 500;

/** A calendar day's start in Amsterdam, as an instant. */
const amsterdamDay = (day: string) => sql`(${day}::date::timestamp at time zone 'Europe/Amsterdam')`;

/**
 * The organisation's access log for its admins (issue 16): the newest entries matching the
 * filters, with pseudonyms (never names) and who looked, the people to filter on, and whether the
 * whole chain is intact. Reading the log is not itself logged: it holds no personal data.
 */
export async function getAccessLogPage(scope: OrgScope & { filter: AccessLogFilter }) {
  authorize(scope, 'org.accessLog');
  const { orgId, filter } = scope;
  const database = await db();
  const where = inOrg(
    accessLog,
    orgId,
    filter.participant ? ilike(participants.pseudonym, filter.participant.replace(/[%_\\]/g, '\\$&')) : undefined,
    filter.user ? eq(accessLog.actorUserId, filter.user) : undefined,
    filter.action ? eq(accessLog.action, filter.action) : undefined,
    filter.from ? gte(accessLog.at, amsterdamDay(filter.from)) : undefined,
    filter.to ? lt(accessLog.at, sql`${amsterdamDay(filter.to)} + interval '1 day'`) : undefined,
  );
  const [rows, people, chain] = await Promise.all([
    database
      .select({
        seq: accessLog.seq,
        at: accessLog.at,
        actorUserId: accessLog.actorUserId,
        userName: users.name,
        userEmail: users.email,
        roles: accessLog.actorRoles,
        pseudonym: participants.pseudonym,
        trajectory: trajectories.title,
        action: accessLog.action,
        screen: accessLog.screen,
      })
      .from(accessLog)
      .leftJoin(participants, and(eq(participants.id, accessLog.participantId), eq(participants.orgId, orgId)))
      .leftJoin(trajectories, and(eq(trajectories.id, accessLog.trajectoryId), eq(trajectories.orgId, orgId)))
      .leftJoin(users, eq(users.id, accessLog.actorUserId))
      .where(where)
      .orderBy(desc(accessLog.seq))
      .limit(LIMIT),
    database
      .selectDistinct({ id: users.id, name: users.name, email: users.email })
      .from(accessLog)
      .innerJoin(users, eq(users.id, accessLog.actorUserId))
      .where(eq(accessLog.orgId, orgId)),
    checkAccessChain(database, orgId),
  ]);
  return {
    entries: rows.map((r) => ({ ...r, user: r.actorUserId ? r.userName || r.userEmail || r.actorUserId : null })),
    people: people.map((p) => ({ id: p.id, name: p.name || p.email })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    chain,
    limit: LIMIT,
  };
}
