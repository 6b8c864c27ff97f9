import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '#app/auth/authorize.server';
import { db } from '#app/db/client.server';
import { type LocationChecklist, type MeetingKind, meetings } from '#app/db/schema';
import { inOrg, type TrajectoryScope } from '#app/db/scope.server';
import { placeOf } from '#app/features/calendar/domain/meeting-sequence';
import { recordMeetingChange } from '#app/features/calendar/server/record-meeting-change.server';
import { checklistItemsFor } from '../domain/location';
import { trajectoryOr404 } from './program-records.server';

export type LocationInput = {
  venueName: string;
  venueAddress: string;
  accessibility: string;
  notes: string;
  checklist: LocationChecklist;
};

/**
 * Saves the place of a meeting. An upsert on (trajectory, kind) that sets only the location
 * columns: the date, start time and form belong to the dates part and are never overwritten.
 */
export async function saveLocation(input: TrajectoryScope & LocationInput & { kind: MeetingKind }) {
  authorize(input, 'trajectory.edit');
  const { orgId, trajectoryId, kind, ...location } = input;
  // Only the items this meeting asks for are stored; anything else sent along is ignored.
  const checklist = Object.fromEntries(checklistItemsFor(kind).map((item) => [item, location.checklist?.[item] === true])) as LocationChecklist;
  const fields = {
    venueName: location.venueName,
    venueAddress: location.venueAddress,
    accessibility: location.accessibility,
    notes: location.notes,
    checklist,
  };
  await (
    await db()
  ).transaction(async (tx) => {
    await trajectoryOr404(tx, orgId, trajectoryId);
    const [old] = await tx
      .select()
      .from(meetings)
      .where(inOrg(meetings, orgId, and(eq(meetings.trajectoryId, trajectoryId), eq(meetings.kind, kind))))
      .for('update');
    const [saved] = await tx
      .insert(meetings)
      .values({ orgId, trajectoryId, kind, ...fields })
      .onConflictDoUpdate({
        target: [meetings.trajectoryId, meetings.kind],
        set: { ...fields, updatedAt: sql`now()` },
        // The conflicting row must be of the same organisation (a trajectory id never moves, but be strict).
        setWhere: sql`${meetings.orgId} = ${orgId}`,
      })
      .returning();
    // A new place changes the calendar entry: its SEQUENCE goes up and whoever was invited hears of it.
    if (saved && old) {
      const slot = { date: old.date, startTime: old.startTime };
      await recordMeetingChange(tx, {
        orgId,
        meetingId: saved.id,
        before: { ...slot, place: placeOf(old.venueName, old.venueAddress) },
        after: { ...slot, place: placeOf(saved.venueName, saved.venueAddress) },
      });
    }
  });
}
