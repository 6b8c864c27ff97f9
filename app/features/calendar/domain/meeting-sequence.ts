// When a meeting's calendar entry changes (RFC 5545 SEQUENCE) and what its invitees are sent.

/** What a calendar entry shows of a meeting: its day, start time and place. */
export type MeetingSlot = { date: string | null; startTime: string; place: string };

/** 'update': a new date, time or place (METHOD:REQUEST); 'cancel': the date was taken away (METHOD:CANCEL). */
export type CalendarChange = 'none' | 'update' | 'cancel';

const same = (a: MeetingSlot, b: MeetingSlot) => a.date === b.date && a.startTime === b.startTime && a.place.trim() === b.place.trim();

/**
 * What a save did to the calendar entry. A meeting without a date before has no entry anyone
 * holds: giving it a date is an update only for those who held an earlier (cancelled) entry.
 */
export function calendarChange(before: MeetingSlot | null, after: MeetingSlot): CalendarChange {
  if (!before || same(before, after)) return 'none';
  if (!after.date) return before.date ? 'cancel' : 'none';
  return 'update';
}

/** The SEQUENCE after a save: one higher for every change a calendar shows, else unchanged. */
export function nextSequence(sequence: number, before: MeetingSlot | null, after: MeetingSlot): number {
  return calendarChange(before, after) === 'none' ? sequence : sequence + 1;
}

/** The place as the calendar entry shows it. */
export function placeOf(venueName: string, venueAddress: string): string {
  return [venueName, venueAddress]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}
