// Dutch school holidays (primary and secondary schools), per region, for the school years the app
// ships with. Copied into each organisation's own list on first use, marked 'handmatig' (not
// checked): an import of the government's open data file (rijksoverheid-holidays.ts) replaces
// them, and admins may edit their copy on /o/:org/holidays.
//
// Source: Rijksoverheid, "Schoolvakanties" (rijksoverheid.nl/onderwerpen/schoolvakanties).
// Written down from memory without web access: rows with `confident: false` are our best
// understanding of the advised dates and must be checked against the source before release.
// Christmas and May holidays are the same for all regions; autumn, spring and summer differ.

export type SchoolRegion = 'noord' | 'midden' | 'zuid';
export const SCHOOL_REGIONS = ['noord', 'midden', 'zuid'] as const satisfies readonly SchoolRegion[];

export type SchoolHolidaySeed = {
  schoolYear: string;
  name: string;
  region: SchoolRegion | 'all';
  startsOn: string;
  endsOn: string;
  confident: boolean;
};

export const SCHOOL_HOLIDAYS_SOURCE = 'Rijksoverheid, Schoolvakanties (rijksoverheid.nl), met de hand overgenomen';
const UNSURE_NOTE = 'datum nog controleren';

/** The source text stored with a shipped row. */
export function sourceOf(seed: SchoolHolidaySeed): string {
  return seed.confident ? SCHOOL_HOLIDAYS_SOURCE : `${SCHOOL_HOLIDAYS_SOURCE}; ${UNSURE_NOTE}`;
}

export const SCHOOL_HOLIDAYS_NL: readonly SchoolHolidaySeed[] = [
  // 2025–2026
  { schoolYear: '2025-2026', name: 'Herfstvakantie', region: 'noord', startsOn: '2025-10-18', endsOn: '2025-10-26', confident: true },
  { schoolYear: '2025-2026', name: 'Herfstvakantie', region: 'midden', startsOn: '2025-10-18', endsOn: '2025-10-26', confident: true },
  { schoolYear: '2025-2026', name: 'Herfstvakantie', region: 'zuid', startsOn: '2025-10-11', endsOn: '2025-10-19', confident: true },
  { schoolYear: '2025-2026', name: 'Kerstvakantie', region: 'all', startsOn: '2025-12-20', endsOn: '2026-01-04', confident: true },
  // Unsure: we believe all three regions share this week in 2026.
  { schoolYear: '2025-2026', name: 'Voorjaarsvakantie', region: 'noord', startsOn: '2026-02-14', endsOn: '2026-02-22', confident: false },
  { schoolYear: '2025-2026', name: 'Voorjaarsvakantie', region: 'midden', startsOn: '2026-02-14', endsOn: '2026-02-22', confident: false },
  { schoolYear: '2025-2026', name: 'Voorjaarsvakantie', region: 'zuid', startsOn: '2026-02-14', endsOn: '2026-02-22', confident: true },
  { schoolYear: '2025-2026', name: 'Meivakantie', region: 'all', startsOn: '2026-04-25', endsOn: '2026-05-03', confident: true },
  { schoolYear: '2025-2026', name: 'Zomervakantie', region: 'noord', startsOn: '2026-07-04', endsOn: '2026-08-16', confident: true },
  { schoolYear: '2025-2026', name: 'Zomervakantie', region: 'midden', startsOn: '2026-07-18', endsOn: '2026-08-30', confident: true },
  { schoolYear: '2025-2026', name: 'Zomervakantie', region: 'zuid', startsOn: '2026-07-11', endsOn: '2026-08-23', confident: true },
  // 2026–2027: Christmas and May are the fixed national weeks; the regional weeks are unverified.
  { schoolYear: '2026-2027', name: 'Herfstvakantie', region: 'noord', startsOn: '2026-10-17', endsOn: '2026-10-25', confident: false },
  { schoolYear: '2026-2027', name: 'Herfstvakantie', region: 'midden', startsOn: '2026-10-17', endsOn: '2026-10-25', confident: false },
  { schoolYear: '2026-2027', name: 'Herfstvakantie', region: 'zuid', startsOn: '2026-10-10', endsOn: '2026-10-18', confident: false },
  { schoolYear: '2026-2027', name: 'Kerstvakantie', region: 'all', startsOn: '2026-12-19', endsOn: '2027-01-03', confident: true },
  // Region zuid follows carnival (7–9 February 2027).
  { schoolYear: '2026-2027', name: 'Voorjaarsvakantie', region: 'noord', startsOn: '2027-02-13', endsOn: '2027-02-21', confident: false },
  { schoolYear: '2026-2027', name: 'Voorjaarsvakantie', region: 'midden', startsOn: '2027-02-13', endsOn: '2027-02-21', confident: false },
  { schoolYear: '2026-2027', name: 'Voorjaarsvakantie', region: 'zuid', startsOn: '2027-02-06', endsOn: '2027-02-14', confident: false },
  { schoolYear: '2026-2027', name: 'Meivakantie', region: 'all', startsOn: '2027-04-24', endsOn: '2027-05-02', confident: true },
  { schoolYear: '2026-2027', name: 'Zomervakantie', region: 'noord', startsOn: '2027-07-17', endsOn: '2027-08-29', confident: false },
  { schoolYear: '2026-2027', name: 'Zomervakantie', region: 'midden', startsOn: '2027-07-10', endsOn: '2027-08-22', confident: false },
  { schoolYear: '2026-2027', name: 'Zomervakantie', region: 'zuid', startsOn: '2027-07-03', endsOn: '2027-08-15', confident: false },
];

/** The school year (e.g. '2025-2026') a day falls in; school years start on 1 August. */
export function schoolYearOf(day: string): string {
  const year = Number(day.slice(0, 4));
  const startYear = Number(day.slice(5, 7)) >= 8 ? year : year - 1;
  return `${startYear}-${startYear + 1}`;
}
