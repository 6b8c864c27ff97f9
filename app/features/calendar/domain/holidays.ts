// Religious and cultural days that keep parents (or professionals) away, computed for any year.
// Islamic dates come from the Umm al-Qura calendar in Intl; local moon sighting can differ by a
// day, so they are marked approximate (±1 day). The same goes for the Chinese calendar in ICU,
// whose new-moon computation can land on the other side of midnight in China.
import { addDays, type Day, fromDayNumber, dayNumber, makeDay } from './days';

export type HolidayKey =
  | 'ramadan'
  | 'eidAlFitr'
  | 'eidAlAdha'
  | 'christmas'
  | 'goodFriday'
  | 'easter'
  | 'ascension'
  | 'pentecost'
  | 'roshHashanah'
  | 'yomKippur'
  | 'chineseNewYear'
  | 'ketiKoti';

export type CalendarEvent = {
  key: HolidayKey;
  start: Day;
  /** Inclusive. */
  end: Day;
  /** True when the real date may be a day earlier or later. */
  approximate: boolean;
};

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return makeDay(year, month, day);
}

type Parts = { year: string; month: string; day: string };
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date of a Gregorian day in another calendar; months by number, or by English name for 'hebrew'. */
function inCalendar(calendar: 'islamic-umalqura' | 'hebrew' | 'chinese', day: Day): Parts {
  let format = formatters.get(calendar);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-u-ca-${calendar}`, {
      year: 'numeric',
      month: calendar === 'hebrew' ? 'long' : 'numeric',
      day: 'numeric',
      timeZone: 'UTC',
    });
    formatters.set(calendar, format);
  }
  const parts: Parts = { year: '', month: '', day: '' };
  for (const part of format.formatToParts(new Date(`${day}T12:00:00Z`))) {
    // The Chinese calendar names its Gregorian year 'relatedYear' (not in TypeScript's list).
    if (part.type === 'year' || (part.type as string) === 'relatedYear') parts.year = part.value;
    if (part.type === 'month') parts.month = part.value;
    if (part.type === 'day') parts.day = part.value;
  }
  return parts;
}

/** Every Gregorian day from `from` to `to` (inclusive) on which `match` holds. */
function scan(from: Day, to: Day, match: (day: Day) => boolean): Day[] {
  const found: Day[] = [];
  for (let n = dayNumber(from); n <= dayNumber(to); n++) {
    const day = fromDayNumber(n);
    if (match(day)) found.push(day);
  }
  return found;
}

// ICU's Chinese calendar puts these New Years a day off from the official (Purple Mountain
// Observatory) date; corrected here, and only here, for the years the app is used in.
const CHINESE_NEW_YEAR_CORRECTIONS: Record<number, Day> = { 2027: '2027-02-06', 2030: '2030-02-03' };

/** All events that start in the Gregorian years `fromYear`…`toYear`, sorted by start. */
export function holidaysBetween(fromYear: number, toYear: number): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  // Scan a little beyond the range so a Ramadan that began in December is still found whole.
  const first = makeDay(fromYear, 1, 1);
  const last = makeDay(toYear, 12, 31);
  const scanFrom = addDays(first, -40);
  const scanTo = addDays(last, 40);
  const inRange = (day: Day) => day >= first && day <= last;

  for (const day of scan(scanFrom, scanTo, (d) => {
    const p = inCalendar('islamic-umalqura', d);
    return p.day === '1' && (p.month === '9' || p.month === '10');
  })) {
    const p = inCalendar('islamic-umalqura', day);
    if (p.month === '9') {
      // Ramadan lasts until the day before 1 Shawwal.
      const next = scan(addDays(day, 28), addDays(day, 31), (d) => {
        const q = inCalendar('islamic-umalqura', d);
        return q.month === '10' && q.day === '1';
      })[0];
      if (inRange(day)) events.push({ key: 'ramadan', start: day, end: addDays(next ?? addDays(day, 30), -1), approximate: true });
    } else if (inRange(day)) {
      events.push({ key: 'eidAlFitr', start: day, end: day, approximate: true });
    }
  }
  for (const day of scan(first, last, (d) => {
    const p = inCalendar('islamic-umalqura', d);
    return p.month === '12' && p.day === '10';
  })) {
    events.push({ key: 'eidAlAdha', start: day, end: day, approximate: true });
  }
  for (const day of scan(first, last, (d) => {
    const p = inCalendar('hebrew', d);
    return p.month === 'Tishri' && (p.day === '1' || p.day === '10');
  })) {
    const p = inCalendar('hebrew', day);
    if (p.day === '1') events.push({ key: 'roshHashanah', start: day, end: addDays(day, 1), approximate: false });
    else events.push({ key: 'yomKippur', start: day, end: day, approximate: false });
  }

  for (let year = fromYear; year <= toYear; year++) {
    const easter = easterSunday(year);
    events.push(
      { key: 'goodFriday', start: addDays(easter, -2), end: addDays(easter, -2), approximate: false },
      { key: 'easter', start: easter, end: addDays(easter, 1), approximate: false },
      { key: 'ascension', start: addDays(easter, 39), end: addDays(easter, 39), approximate: false },
      { key: 'pentecost', start: addDays(easter, 49), end: addDays(easter, 50), approximate: false },
      { key: 'christmas', start: makeDay(year, 12, 25), end: makeDay(year, 12, 26), approximate: false },
      { key: 'ketiKoti', start: makeDay(year, 7, 1), end: makeDay(year, 7, 1), approximate: false },
    );
    const corrected = CHINESE_NEW_YEAR_CORRECTIONS[year];
    const newYear =
      corrected ??
      scan(makeDay(year, 1, 15), makeDay(year, 2, 25), (d) => {
        const p = inCalendar('chinese', d);
        return p.month === '1' && p.day === '1';
      })[0];
    if (newYear) events.push({ key: 'chineseNewYear', start: newYear, end: newYear, approximate: !corrected });
  }
  return events.sort((a, b) => a.start.localeCompare(b.start) || a.key.localeCompare(b.key));
}
