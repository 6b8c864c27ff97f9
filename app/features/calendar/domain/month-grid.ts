// The month view: which months to show and how a month falls into Monday-first weeks.
import { addDays, makeDay, weekdayMondayFirst } from './days';

export type YearMonth = { year: number; month: number };

/** A long gap between dates would make a very long page: never more than this many months. */
export const MAX_MONTHS = 12;

/** The months from the earliest to the latest date; without dates, this month and the next two. */
export function monthsToShow(dates: readonly (string | null | undefined)[], today: string): YearMonth[] {
  const set = dates.filter((d): d is string => !!d).sort();
  const from = set[0] ?? today;
  const to = set.at(-1) ?? today;
  let year = Number(from.slice(0, 4));
  let month = Number(from.slice(5, 7));
  const endIndex = set.length > 0 ? Number(to.slice(0, 4)) * 12 + Number(to.slice(5, 7)) - 1 : year * 12 + month - 1 + 2;
  const months: YearMonth[] = [];
  while (year * 12 + month - 1 <= endIndex && months.length < MAX_MONTHS) {
    months.push({ year, month });
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthGrid({ year, month }: YearMonth): (string | null)[][] {
  const first = makeDay(year, month, 1);
  const weeks: (string | null)[][] = [];
  let week: (string | null)[] = Array.from({ length: weekdayMondayFirst(first) }, () => null);
  for (let day = first; Number(day.slice(5, 7)) === month; day = addDays(day, 1)) {
    week.push(day);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
  return weeks;
}
