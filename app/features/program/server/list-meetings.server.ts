import { eq } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { type LocationChecklist, MEETING_KINDS, type MeetingKind, meetings } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';

export type MeetingInfo = {
  id: string | null;
  kind: MeetingKind;
  date: string | null;
  startTime: string;
  venueName: string;
  venueAddress: string;
  accessibility: string;
  checklist: LocationChecklist;
  notes: string;
};

const empty = (kind: MeetingKind): MeetingInfo => ({
  id: null,
  kind,
  date: null,
  startTime: '',
  venueName: '',
  venueAddress: '',
  accessibility: '',
  checklist: {},
  notes: '',
});

/** The three meetings of a trajectory; a meeting without a row yet comes back empty. */
export async function listMeetings(scope: TrajectoryScope): Promise<Record<MeetingKind, MeetingInfo>> {
  authorize(scope, 'trajectory.view');
  const { orgId, trajectoryId } = scope;
  const rows = await (
    await db()
  )
    .select({
      id: meetings.id,
      kind: meetings.kind,
      date: meetings.date,
      startTime: meetings.startTime,
      venueName: meetings.venueName,
      venueAddress: meetings.venueAddress,
      accessibility: meetings.accessibility,
      checklist: meetings.checklist,
      notes: meetings.notes,
    })
    .from(meetings)
    .where(inOrg(meetings, orgId, eq(meetings.trajectoryId, trajectoryId)));
  const result = Object.fromEntries(MEETING_KINDS.map((k) => [k, empty(k)])) as Record<MeetingKind, MeetingInfo>;
  for (const row of rows) result[row.kind] = { ...row, checklist: row.checklist ?? {} };
  return result;
}
