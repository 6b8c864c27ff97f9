import { authorize } from '#app/auth/authorize.server';
import { can } from '#app/auth/permissions';
import { MEETING_KINDS } from '#app/db/schema';
import type { TrajectoryScope } from '#app/db/scope.server';
import { checklistItemsFor, locationReadiness } from '../domain/location';
import { listMeetings } from './list-meetings.server';

/** The location page: per meeting the place, its checklist and how ready it is. */
export async function getLocationPage(scope: TrajectoryScope) {
  authorize(scope, 'trajectory.view');
  const meetings = await listMeetings(scope);
  return {
    canEdit: can(scope, 'trajectory.edit'),
    meetings: MEETING_KINDS.map((kind) => {
      const m = meetings[kind];
      return {
        kind,
        venueName: m.venueName,
        venueAddress: m.venueAddress,
        accessibility: m.accessibility,
        notes: m.notes,
        checklist: m.checklist,
        items: [...checklistItemsFor(kind)],
        readiness: locationReadiness(m.checklist, kind),
      };
    }),
  };
}

export type LocationView = Awaited<ReturnType<typeof getLocationPage>>['meetings'][number];
