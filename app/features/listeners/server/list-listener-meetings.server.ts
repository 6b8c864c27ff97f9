import { eq, inArray } from 'drizzle-orm';
import { db, type Db, type Tx } from '#app/db/client.server';
import { meetings } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';
import type { ListenerMeeting } from '../domain/rsvp';
import type { MeetingPlace } from '../domain/meeting-text';

/** Date, time and place of the mirror meeting and the follow-up session; null where not planned yet. */
export async function listListenerMeetings(
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
