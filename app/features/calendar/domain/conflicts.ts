// Conflict hints: which holidays fall on or near each meeting date, for the organisation's region.
import { addDays, daysBetween, isDay } from './days';
import type { CalendarEvent, HolidayKey } from './holidays';
import type { MeetingDates, MeetingKind } from './meetings';
import type { SchoolRegion } from './school-holidays-nl';

/** Something to mark in the calendar: a computed religious day or a school holiday of the organisation. */
export type CalendarMark =
  | { source: 'holiday'; key: HolidayKey; start: string; end: string; approximate: boolean }
  | { source: 'school'; name: string; start: string; end: string; approximate: false };

export type SchoolHolidayRow = { name: string; region: SchoolRegion | 'all'; startsOn: string; endsOn: string };

/** Religious days plus the school holidays of the region (rows for 'all' regions count everywhere). */
export function calendarMarks({
  region,
  schoolHolidays,
  events,
}: {
  region: SchoolRegion;
  schoolHolidays: readonly SchoolHolidayRow[];
  events: readonly CalendarEvent[];
}): CalendarMark[] {
  const school: CalendarMark[] = schoolHolidays
    .filter((h) => (h.region === region || h.region === 'all') && isDay(h.startsOn) && isDay(h.endsOn))
    .map((h) => ({ source: 'school', name: h.name, start: h.startsOn, end: h.endsOn < h.startsOn ? h.startsOn : h.endsOn, approximate: false }));
  const holidays: CalendarMark[] = events.map((e) => ({ source: 'holiday', ...e }));
  return [...school, ...holidays].sort((a, b) => a.start.localeCompare(b.start));
}

/** The days a mark may cover: approximate dates may be a day earlier or later. */
export function markSpan(mark: CalendarMark): { start: string; end: string } {
  return mark.approximate ? { start: addDays(mark.start, -1), end: addDays(mark.end, 1) } : { start: mark.start, end: mark.end };
}

export type Conflict = {
  mark: CalendarMark;
  /** 'during': the meeting falls in it; 'before': the meeting is `days` days before it starts; 'after': `days` days after it ends. */
  relation: 'during' | 'before' | 'after';
  days: number;
};

export const CONFLICT_WINDOW_DAYS = 3;

export function conflictsFor(date: string, marks: readonly CalendarMark[], withinDays = CONFLICT_WINDOW_DAYS): Conflict[] {
  if (!isDay(date)) return [];
  const found: Conflict[] = [];
  for (const mark of marks) {
    const span = markSpan(mark);
    if (date >= span.start && date <= span.end) found.push({ mark, relation: 'during', days: 0 });
    else if (date < span.start && daysBetween(date, span.start) <= withinDays) found.push({ mark, relation: 'before', days: daysBetween(date, span.start) });
    else if (date > span.end && daysBetween(span.end, date) <= withinDays) found.push({ mark, relation: 'after', days: daysBetween(span.end, date) });
  }
  // Clashes first, then the nearest.
  return found.sort((a, b) => a.days - b.days);
}

/** For each of the three meetings with a date: the holidays on or within `withinDays` days of it. */
export function conflictHints(
  meetings: readonly MeetingDates[],
  marks: readonly CalendarMark[],
  withinDays = CONFLICT_WINDOW_DAYS,
): Partial<Record<MeetingKind, Conflict[]>> {
  const hints: Partial<Record<MeetingKind, Conflict[]>> = {};
  for (const meeting of meetings) {
    if (!meeting.date) continue;
    const found = conflictsFor(meeting.date, marks, withinDays);
    if (found.length > 0) hints[meeting.kind] = found;
  }
  return hints;
}
