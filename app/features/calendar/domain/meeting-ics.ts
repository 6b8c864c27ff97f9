// The .ics calendar file of one meeting. Times are entered as Amsterdam wall-clock time and
// written in UTC, so every calendar app shows them right, whatever the server's time zone.
import { createEvent, type DateArray } from 'ics';
import { addDays } from './days';

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
};

const toDateArray = (day: string): DateArray => day.split('-').map(Number) as DateArray;

export function meetingIcs(input: MeetingIcsInput): string {
  const common = {
    uid: input.uid,
    title: input.title,
    description: input.description,
    productId: 'spiegel/calendar',
    ...(input.location ? { location: input.location } : {}),
    ...(input.url ? { url: input.url } : {}),
  };
  let result;
  if (input.startTime) {
    const start = amsterdamToUtc(input.day, input.startTime);
    result = createEvent({
      ...common,
      start: [start.getUTCFullYear(), start.getUTCMonth() + 1, start.getUTCDate(), start.getUTCHours(), start.getUTCMinutes()],
      startInputType: 'utc',
      startOutputType: 'utc',
      duration: { hours: Math.floor(input.durationMinutes / 60), minutes: input.durationMinutes % 60 },
    });
  } else {
    result = createEvent({ ...common, start: toDateArray(input.day), end: toDateArray(addDays(input.day, 1)) });
  }
  if (result.error || !result.value) throw result.error ?? new Error('ics: no value');
  return result.value;
}
