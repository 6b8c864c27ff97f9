// The import of the government's school holiday file (open data, JSON) on the real database, by
// the operation and through the page's upload. The fetch job is tested with the other jobs, in
// app/features/board/server/reminder-jobs.server.test.ts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHOOL_HOLIDAYS_NL } from '#app/features/calendar/domain/school-holidays-nl';
import { action as holidaysAction, loader as holidaysLoader } from '#app/routes/org-holidays';
import { makeMember, makeOrg } from '#tests/factories';
import { answerOf, callRoute, cookieFor, getAs, statusOf } from '#tests/http';
import { getHolidayCalendar } from './get-holiday-calendar.server';
import { importSchoolHolidays } from './import-school-holidays.server';
import { saveSchoolHoliday } from './save-school-holiday.server';

// Made for the tests in the open data format; its dates are test data, not the official ones.
const sample = readFileSync(new URL('../domain/fixtures/schoolvakanties-2026-2027.json', import.meta.url), 'utf8');
const DATA_URL = 'https://opendata.rijksoverheid.nl/v1/sources/rijksoverheid/infotypes/schoolholidays/schoolyear/2026-2027';

async function setup() {
  const org = await makeOrg();
  return { org, admin: await makeMember(org.id, 'admin') };
}

/** The page's upload form as a browser sends it: multipart, with the file. */
async function upload(userId: string, slug: string, text: string, name = 'schoolvakanties.json') {
  const body = new FormData();
  body.set('intent', 'import');
  body.set('file', new File([text], name, { type: 'application/json' }));
  const request = new Request('http://x/', { method: 'POST', headers: { cookie: await cookieFor(userId) }, body });
  return callRoute(holidaysAction, request, { org: slug });
}

describe("importing the government's school holidays", () => {
  it("replaces the shipped and hand-made rows of the file's school year, marks where each row came from, and keeps the rest", async () => {
    const { admin } = await setup();
    const studyDay = await saveSchoolHoliday({ ...admin, name: 'Studiedag', region: 'noord', startsOn: '2027-03-03', endsOn: '2027-03-03', source: 'eigen' });
    const handAutumn = await saveSchoolHoliday({
      ...admin,
      name: 'herfstvakantie',
      region: 'zuid',
      startsOn: '2026-10-03',
      endsOn: '2026-10-11',
      source: 'eigen',
    });
    const now = new Date('2026-12-03T10:00:00Z');

    await expect(importSchoolHolidays({ ...admin, text: sample, now })).resolves.toEqual({ count: 11, schoolYears: ['2026-2027'] });

    const rows = (await getHolidayCalendar(admin)).schoolHolidays;
    const year = (y: string) => rows.filter((h) => h.schoolYear === y);
    const official = year('2026-2027').filter((h) => h.origin === 'rijksoverheid');
    expect(official).toHaveLength(11);
    expect(official.every((h) => h.sourceUrl === DATA_URL && h.sourceDate?.toISOString() === '2025-09-01T08:30:00.000Z')).toBe(true);
    expect(official.every((h) => h.recordedAt.getTime() === now.getTime())).toBe(true);
    // Region noord's autumn holiday is the file's, not the shipped week; Christmas stays one row for all regions.
    expect(official.filter((h) => h.name === 'Herfstvakantie' && h.region === 'noord')).toMatchObject([{ startsOn: '2026-10-10', endsOn: '2026-10-18' }]);
    expect(year('2026-2027').filter((h) => h.name === 'Kerstvakantie')).toHaveLength(1);
    // The hand-made autumn week of zuid is replaced; the study day (not in the file) stays, not checked.
    expect(rows.find((h) => h.id === handAutumn)).toBeUndefined();
    expect(
      year('2026-2027')
        .filter((h) => h.origin === 'handmatig')
        .map((h) => h.id),
    ).toEqual([studyDay]);
    // The other school year keeps the shipped rows, marked as not checked.
    expect(year('2025-2026')).toHaveLength(SCHOOL_HOLIDAYS_NL.filter((h) => h.schoolYear === '2025-2026').length);
    expect(year('2025-2026').every((h) => h.origin === 'handmatig')).toBe(true);

    // The same file again changes nothing, not even the import date.
    await importSchoolHolidays({ ...admin, text: sample, now: new Date('2026-12-04T10:00:00Z') });
    const again = (await getHolidayCalendar(admin)).schoolHolidays;
    expect(again.map((h) => [h.id, h.recordedAt.getTime()])).toEqual(rows.map((h) => [h.id, h.recordedAt.getTime()]));

    // Changing an imported row by hand makes it hand-made (not checked).
    const christmas = official.find((h) => h.name === 'Kerstvakantie')!;
    await saveSchoolHoliday({
      ...admin,
      holidayId: christmas.id,
      name: 'Kerstvakantie',
      region: 'all',
      startsOn: '2026-12-18',
      endsOn: '2027-01-03',
      source: 'eigen',
    });
    expect((await getHolidayCalendar(admin)).schoolHolidays.find((h) => h.id === christmas.id)).toMatchObject({
      origin: 'handmatig',
      sourceUrl: '',
      sourceDate: null,
    });
  });

  it('through the page: admins upload the file and see its source; a wrong file is refused next to the field and changes nothing', async () => {
    const { org, admin } = await setup();
    const before = (await getHolidayCalendar(admin)).schoolHolidays;

    for (const [text, problem] of [
      ['not json at all', 'calendar.importNotJson'],
      [JSON.stringify([{ date: '2026-01-01', description: 'Nieuwjaarsdag' }]), 'calendar.importWrongFormat'],
      [sample.replace('"noord"', '"oost"'), 'calendar.importUnknownRegion'],
      ['', 'calendar.importNoFile'],
    ] as const) {
      const refused = await upload(admin.user.id, org.slug, text);
      expect(await statusOf(refused)).toBe(409);
      expect(answerOf(refused)).toMatchObject({ ok: false, intent: 'import', errors: { file: problem } });
    }
    expect((await getHolidayCalendar(admin)).schoolHolidays).toEqual(before);

    const coordinator = await makeMember(org.id, 'coordinator');
    expect(await statusOf(upload(coordinator.user.id, org.slug, sample))).toBe(403);
    expect(await statusOf(upload((await makeMember((await makeOrg()).id, 'admin')).user.id, org.slug, sample))).toBe(404);

    await expect(upload(admin.user.id, org.slug, sample)).resolves.toMatchObject({
      ok: true,
      value: { message: 'calendar.imported', vars: { count: 11, years: '2026–2027' } },
    });
    const page = await callRoute(holidaysLoader, await getAs(admin.user.id, '/'), { org: org.slug });
    expect(page.schoolHolidays.filter((h) => h.origin === 'rijksoverheid')).toHaveLength(11);
    expect(page.fetchedDaily).toBe(false);
  });
});
