// Everything the dates page shows, computed from the stored rows: warnings, conflict hints and the month view.
import { type CalendarMark, type Conflict, calendarMarks, conflictHints, type SchoolHolidayRow } from './conflicts';
import { type DateWarning, dateWarnings } from './date-warnings';
import { isDay, makeDay } from './days';
import { holidaysBetween } from './holidays';
import { MEETING_KINDS, type MeetingDates, type MeetingKind } from './meetings';
import { monthGrid, monthsToShow, type YearMonth } from './month-grid';
import type { SchoolRegion } from './school-holidays-nl';

export type MonthView = YearMonth & { weeks: (string | null)[][] };

export type DatesView = {
  dates: MeetingDates[];
  warnings: DateWarning[];
  conflicts: Partial<Record<MeetingKind, Conflict[]>>;
  months: MonthView[];
  /** The marks that touch the months shown. */
  marks: CalendarMark[];
};

export function datesView({
  meetings,
  schoolHolidays,
  region,
  today,
}: {
  meetings: readonly { kind: MeetingKind; date: string | null; startTime: string }[];
  schoolHolidays: readonly SchoolHolidayRow[];
  region: SchoolRegion;
  today: string;
}): DatesView {
  const dates: MeetingDates[] = MEETING_KINDS.map((kind) => {
    const row = meetings.find((m) => m.kind === kind);
    return { kind, date: row?.date && isDay(row.date) ? row.date : null, startTime: row?.startTime ?? '' };
  });
  const months = monthsToShow(
    dates.map((d) => d.date),
    today,
  );
  const first = makeDay(months[0]!.year, months[0]!.month, 1);
  const lastMonth = months.at(-1)!;
  const last = makeDay(lastMonth.year, lastMonth.month + 1, 0);
  const years = [...months.map((m) => m.year), ...dates.flatMap((d) => (d.date ? [Number(d.date.slice(0, 4))] : []))];
  // A year earlier too: a Ramadan or Christmas that started in December still counts in January.
  const events = holidaysBetween(Math.min(...years) - 1, Math.max(...years));
  const marks = calendarMarks({ region, schoolHolidays, events });
  return {
    dates,
    warnings: dateWarnings(dates, today),
    conflicts: conflictHints(dates, marks),
    months: months.map((m) => ({ ...m, weeks: monthGrid(m) })),
    marks: marks.filter((m) => m.start <= last && m.end >= first),
  };
}

/** The marks that cover a day (their own dates, not widened). */
export function marksOn(day: string, marks: readonly CalendarMark[]): CalendarMark[] {
  return marks.filter((m) => m.start <= day && m.end >= day);
}
