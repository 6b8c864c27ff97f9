// Reads the government's school holiday open data (opendata.rijksoverheid.nl, info type
// 'schoolholidays', output=json): one document per school year, with per holiday ('Herfstvakantie ',
// with the spaces the source has) the dates per region ('noord', 'midden', 'zuid' or 'heel Nederland').
// Pure: the upload and the fetch job (server/) hand the file's text in.
//
// Dates come as moments ('2026-10-17T00:00:00.000Z'). They stand for Dutch calendar days: the day
// is the day in Amsterdam at that moment, which is right for both ways a file writes midnight
// (UTC midnight is 01:00 or 02:00 in Amsterdam, the same day; Amsterdam midnight written in UTC is
// 22:00 or 23:00 the day before, and Amsterdam gives the day after). The end date is the last day.
import { z } from 'zod';
import { TIME_ZONE } from '#app/i18n/i18n';
import type { MessageKey } from '#app/i18n/i18n';
import type { SchoolRegion } from './school-holidays-nl';

export type ImportedHoliday = { schoolYear: string; name: string; region: SchoolRegion | 'all'; startsOn: string; endsOn: string };
export type HolidayFile = { dataUrl: string; lastModified: Date | null; holidays: ImportedHoliday[] };
export type HolidayFileResult = { ok: true; file: HolidayFile } | { ok: false; problem: MessageKey };

const ZRegion = z.object({ region: z.string(), startdate: z.string(), enddate: z.string() });
const ZVacation = z.object({ type: z.string(), regions: z.array(ZRegion).min(1) });
const ZContent = z.object({ schoolyear: z.string(), vacations: z.array(ZVacation).min(1) });
const ZDocument = z.object({
  dataurl: z.string().optional(),
  lastmodified: z.string().optional(),
  content: z.array(ZContent).min(1),
});

const REGIONS: Record<string, SchoolRegion | 'all'> = { noord: 'noord', midden: 'midden', zuid: 'zuid', 'heel nederland': 'all' };
const SCHOOL_YEAR = /^(\d{4})\s*[-–/]\s*(\d{4})$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const amsterdamDay = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });

/** The Dutch calendar day a date of the file stands for ('2026-10-17'), or null when it is no date. */
export function dutchDay(value: string): string | null {
  const text = value.trim();
  if (DAY.test(text)) return Number.isNaN(Date.parse(`${text}T12:00:00Z`)) ? null : text;
  const moment = new Date(text);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text) || Number.isNaN(moment.getTime())) return null;
  return amsterdamDay.format(moment);
}

/** 'Herfstvakantie ', 'HERFSTVAKANTIE' and ' herfst vakantie' alike: trimmed, single spaces, a capital first. */
export function holidayName(type: string): string {
  const name = type.trim().replace(/\s+/g, ' ').toLowerCase();
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** '2026-2027' from '2026-2027', ' 2026 – 2027 ' or '2026/2027'; null unless the second year follows the first. */
export function schoolYearName(value: string): string | null {
  const match = SCHOOL_YEAR.exec(value.trim());
  if (!match || Number(match[2]) !== Number(match[1]) + 1) return null;
  return `${match[1]}-${match[2]}`;
}

/** Parses the file's text: every holiday of every school year in it, or the reason (a catalogue key) it is refused. */
export function parseHolidayFile(text: string): HolidayFileResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: 'calendar.importNotJson' };
  }
  // The list endpoint and a saved download may wrap the document in an array.
  const parsed = z.union([ZDocument, z.array(ZDocument).min(1)]).safeParse(json);
  if (!parsed.success) return { ok: false, problem: 'calendar.importWrongFormat' };
  const documents = Array.isArray(parsed.data) ? parsed.data : [parsed.data];
  const holidays = new Map<string, ImportedHoliday>();
  for (const document of documents) {
    for (const content of document.content) {
      const schoolYear = schoolYearName(content.schoolyear);
      if (!schoolYear) return { ok: false, problem: 'calendar.importWrongFormat' };
      for (const vacation of content.vacations) {
        const name = holidayName(vacation.type);
        if (!name) return { ok: false, problem: 'calendar.importWrongFormat' };
        for (const entry of vacation.regions) {
          const region = REGIONS[entry.region.trim().replace(/\s+/g, ' ').toLowerCase()];
          if (!region) return { ok: false, problem: 'calendar.importUnknownRegion' };
          const startsOn = dutchDay(entry.startdate);
          const endsOn = dutchDay(entry.enddate);
          if (!startsOn || !endsOn) return { ok: false, problem: 'calendar.importWrongFormat' };
          if (endsOn < startsOn) return { ok: false, problem: 'calendar.importEndBeforeStart' };
          // The same holiday twice for one region: the later entry counts.
          holidays.set(`${schoolYear}|${name.toLowerCase()}|${region}`, { schoolYear, name, region, startsOn, endsOn });
        }
      }
    }
  }
  const first = documents[0]!;
  const lastModified = first.lastmodified ? new Date(first.lastmodified) : null;
  return {
    ok: true,
    file: {
      // Shown as a link: only a web address is kept.
      dataUrl: /^https?:\/\/\S+$/.test((first.dataurl ?? '').trim()) ? first.dataurl!.trim() : '',
      lastModified: lastModified && !Number.isNaN(lastModified.getTime()) ? lastModified : null,
      holidays: [...holidays.values()],
    },
  };
}

/** Whether an imported holiday takes the place of a row already in the list: same school year and name, and their regions overlap. */
export function replaces(imported: Pick<ImportedHoliday, 'schoolYear' | 'name' | 'region'>, row: Pick<ImportedHoliday, 'schoolYear' | 'name' | 'region'>) {
  return (
    imported.schoolYear === row.schoolYear &&
    holidayName(imported.name) === holidayName(row.name) &&
    (imported.region === row.region || imported.region === 'all' || row.region === 'all')
  );
}

/** The school years to fetch at `today` (a Dutch day): this one and the next. */
export function schoolYearsToFetch(today: string): string[] {
  const start = Number(today.slice(0, 4)) - (Number(today.slice(5, 7)) >= 8 ? 0 : 1);
  return [`${start}-${start + 1}`, `${start + 1}-${start + 2}`];
}

/** The job kind of the fetch from a configured address (app/jobs/run-jobs.server.ts). */
export const SCHOOL_HOLIDAYS_JOB = 'school-holidays-fetch';
