import { and, eq } from 'drizzle-orm';
import { db } from '#app/db/client.server';
import { meetings } from '#app/db/schema';
import { inOrg } from '#app/db/scope.server';

export type MeetingPlace = { date: string | null; startTime: string; venueName: string; venueAddress: string };

/** Date, time and place of the mirror meeting (kept on the dates and location pages); empty when not set yet. */
export async function getMirrorMeeting({ orgId, trajectoryId }: { orgId: string; trajectoryId: string }): Promise<MeetingPlace> {
  const [row] = await (
    await db()
  )
    .select({ date: meetings.date, startTime: meetings.startTime, venueName: meetings.venueName, venueAddress: meetings.venueAddress })
    .from(meetings)
    .where(inOrg(meetings, orgId, and(eq(meetings.trajectoryId, trajectoryId), eq(meetings.kind, 'mirror'))));
  return row ?? { date: null, startTime: '', venueName: '', venueAddress: '' };
}
