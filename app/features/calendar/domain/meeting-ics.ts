// The .ics calendar file of one meeting. Times are entered as Amsterdam wall-clock time and
// written in UTC, so every calendar app shows them right, whatever the server's time zone.
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { addDays } from './days';
import { foldIcs } from './ics-fold';

const ZONE = 'Europe/Amsterdam';
const offsetFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
});

/** Minutes Amsterdam is ahead of UTC at an instant (60 in winter, 120 in summer). */
function amsterdamOffsetMinutes(instant: number): number {
  const p = Object.fromEntries(offsetFormat.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute));
  return Math.round((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
}

/** The instant of an Amsterdam day and 'HH:MM' clock time. */
export function amsterdamToUtc(day: string, time: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, h, min);
  // Two passes: the offset at the guessed instant may differ from the offset at the answer near a clock change.
  const first = wall - amsterdamOffsetMinutes(wall) * 60_000;
  return new Date(wall - amsterdamOffsetMinutes(first) * 60_000);
}

export type MeetingIcsInput = {
  uid: string;
  title: string;
  description: string;
  location: string;
  day: string;
  /** 'HH:MM', or '' for a whole-day event. */
  startTime: string;
  durationMinutes: number;
  url?: string;
  /** RFC 5545 SEQUENCE: the meeting's counter, raised on every change of date, time or place. */
  sequence?: number;
  /** When the meeting was last changed (LAST-MODIFIED). */
  lastModified?: Date;
  /** DTSTAMP: when this file was made; now unless given. */
  stamp?: Date;
  /** A scheduling message (REQUEST, CANCEL) names who organises and who is invited (RFC 5546). */
  organizer?: { name: string; email: string };
  attendee?: { name: string; email: string };
};

/** PUBLISH: a file to add to a calendar; REQUEST: an invitation or its update; CANCEL: the meeting is off. */
export type IcsMethod = 'PUBLISH' | 'REQUEST' | 'CANCEL';

const toDateArray = (day: string): DateArray => day.split('-').map(Number) as DateArray;
const instant = (d: Date): number => d.getTime();

function meetingEvent(input: MeetingIcsInput, method: IcsMethod): EventAttributes {
  const common = {
    uid: input.uid,
    title: input.title,
    description: input.description,
    productId: PRODUCT_ID,
    sequence: input.sequence ?? 0,
    ...(input.stamp ? { timestamp: instant(input.stamp) } : {}),
    ...(input.lastModified ? { lastModified: instant(input.lastModified) } : {}),
    ...(input.location ? { location: input.location } : {}),
    ...(input.url ? { url: input.url } : {}),
    ...(method === 'CANCEL' ? { status: 'CANCELLED' as const } : { status: 'CONFIRMED' as const }),
    ...(method !== 'PUBLISH' && input.organizer ? { organizer: input.organizer } : {}),
    ...(method !== 'PUBLISH' && input.attendee
      ? { attendees: [{ ...input.attendee, rsvp: false, partstat: 'NEEDS-ACTION' as const, role: 'REQ-PARTICIPANT' as const }] }
      : {}),
  };
  if (input.startTime) {
    const start = amsterdamToUtc(input.day, input.startTime);
    return {
      ...common,
      start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { hours: Math.floor(input.durationMinutes / 60), minutes: input.durationMinutes % 60 },
    };
  }
  return { ...common, start: toDateArray(input.day), end: toDateArray(addDays(input.day, 1)) };
}

const PRODUCT_ID = 'spiegel/calendar';

/** The calendar file of one meeting, folded at 75 octets. */
export function meetingIcs(input: MeetingIcsInput, method: IcsMethod = 'PUBLISH'): string {
  const result = createEvents([meetingEvent(input, method)], { productId: PRODUCT_ID, method });
  if (result.error || !result.value) throw result.error ?? new Error('ics: no value');
  return foldIcs(result.value);
}

/** A calendar feed (subscribed to by URL) with these meetings; may be empty. */
export function calendarFeed(name: string, events: MeetingIcsInput[]): string {
  const result = createEvents(
    events.map((e) => meetingEvent(e, 'PUBLISH')),
    { productId: PRODUCT_ID, method: 'PUBLISH', calName: name },
  );
  if (result.error || !result.value) throw result.error ?? new Error('ics: no value');
  return foldIcs(result.value);
}
