// Shared by the listeners' operations only.
import { orgName } from '#app/db/org-name.server';
import { and, eq, inArray } from 'drizzle-orm';
import { db, type Db, type Tx } from '#app/db/client.server';
import { listeners, meetings, users } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import type { ListenerCategory } from '#app/features/theme/domain/listener-plan';
import { loadTrajectory } from '#app/features/trajectory/server/require-trajectory.server';
import { config } from '#app/utils/config.server';
import type { InvitationContext } from '../domain/invitation';
import type { MeetingPlace } from '../domain/meeting-text';
import type { ListenerMeeting } from '../domain/rsvp';

export type ListenerInput = { name: string; organisation: string; category: ListenerCategory; email: string };

/** Only the listener's own fields, whatever else the caller passed along (scope, intent). */
export const listenerInput = ({ name, organisation, category, email }: ListenerInput): ListenerInput => ({ name, organisation, category, email });

/** The listener's personal page: answer per meeting and hand in questions, without an account. */
export const listenerLinkUrl = (linkToken: string) => `${config.appUrl}/p/listener/${linkToken}`;

/** This listener, in this trajectory of this organisation. */
export const theListener = ({ orgId, trajectoryId }: TrajectoryScope, listenerId: string) =>
  inOrg(listeners, orgId, and(eq(listeners.id, listenerId), eq(listeners.trajectoryId, trajectoryId)));

/** Date, time and place of the mirror meeting and the follow-up session; null where not planned yet. */
export async function listenerMeetings(
  { orgId, trajectoryId }: { orgId: string; trajectoryId: string },
  database?: Db | Tx,
): Promise<Record<ListenerMeeting, MeetingPlace | null>> {
  const rows = await (database ?? (await db()))
    .select({ kind: meetings.kind, date: meetings.date, startTime: meetings.startTime, venueName: meetings.venueName, venueAddress: meetings.venueAddress })
    .from(meetings)
    .where(inOrg(meetings, orgId, eq(meetings.trajectoryId, trajectoryId), inArray(meetings.kind, ['mirror', 'follow_up'])));
  const of = (kind: ListenerMeeting) => {
    const row = rows.find((r) => r.kind === kind);
    return row ? { date: row.date, startTime: row.startTime, venueName: row.venueName, venueAddress: row.venueAddress } : null;
  };
  return { mirror: of('mirror'), follow_up: of('follow_up') };
}

/** What every invitation of this trajectory says, sent by the caller; with the trajectory. */
export async function invitationContext(scope: TrajectoryScope) {
  const database = await db();
  const trajectory = await loadTrajectory(scope);
  const organisation = await orgName(scope.orgId, database);
  const [sender] = await database.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, scope.actor.userId));
  const ctx: InvitationContext = {
    orgName: organisation,
    trajectoryTitle: trajectory.title,
    sender: sender?.name || sender?.email || organisation,
    meetings: await listenerMeetings(scope, database),
  };
  return { trajectory, ctx };
}
