// The import of the government's school holiday file (open data, JSON) on the real database, by
// the operation and through the page's upload. The fetch job is tested with the other jobs, in
// app/features/board/server/reminder-jobs.server.test.ts.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { SCHOOL_HOLIDAYS_NL } from '#app/features/calendar/domain/school-holidays-nl';
import { action as holidaysAction, loader as holidaysLoader } from '#app/routes/org-holidays';
import { makeMember, makeOrg } from '#tests/factories';
import { answerOf, callRoute, cookieFor, getAs, statusOf } from '#tests/http';
import { fetchSchoolHolidays } from './fetch-school-holidays.server';
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
  it("replaces the shipped rows of the file's school year, marks where each row came from, and keeps the rest and what an admin added", async () => {
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
    // Zuid's autumn holiday is the admin's (below), so the file's is not added.
    expect(official).toHaveLength(10);
    expect(official.every((h) => h.sourceUrl === DATA_URL && h.sourceDate?.toISOString() === '2025-09-01T08:30:00.000Z')).toBe(true);
    expect(official.every((h) => h.recordedAt.getTime() === now.getTime())).toBe(true);
    // Region noord's autumn holiday is the file's, not the shipped week; Christmas stays one row for all regions.
    expect(official.filter((h) => h.name === 'Herfstvakantie' && h.region === 'noord')).toMatchObject([{ startsOn: '2026-10-10', endsOn: '2026-10-18' }]);
    expect(year('2026-2027').filter((h) => h.name === 'Kerstvakantie')).toHaveLength(1);
    // The autumn week of zuid an admin added stays as it was (decision 0025), and so does the study day (not in the file).
    expect(rows.find((h) => h.id === handAutumn)).toMatchObject({ startsOn: '2026-10-03', endsOn: '2026-10-11', editedAt: expect.any(Date) });
    // The file's zuid autumn week is skipped as a whole: it neither adds a row nor removes the shipped one (the admin may).
    const autumnZuid = year('2026-2027').filter((h) => h.name.toLowerCase() === 'herfstvakantie' && h.region === 'zuid');
    expect(autumnZuid.map((h) => [h.origin, h.editedAt !== null])).toEqual([
      ['handmatig', true],
      ['handmatig', false],
    ]);
    expect(
      year('2026-2027')
        .filter((h) => h.origin === 'handmatig' && h.name.toLowerCase() !== 'herfstvakantie')
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

  it("keeps an admin's change when the daily fetch reads a newer file, and still updates and adds the rest", async () => {
    const { org, admin } = await setup();
    // The government's address, served on this machine: the first version of the file, later a newer one.
    let served = sample;
    const server = createServer((request, response) => {
      if (request.url !== '/schoolyear/2026-2027') return void response.writeHead(404).end();
      response.writeHead(200, { 'content-type': 'application/json' }).end(served);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const template = `http://127.0.0.1:${(server.address() as AddressInfo).port}/schoolyear/{schoolyear}`;
    const fetchNow = (day: string) => fetchSchoolHolidays({ schoolYears: ['2026-2027'], orgId: org.id }, new Date(`${day}T05:00:00Z`), template);
    const find = async (name: string, region: string) =>
      (await getHolidayCalendar(admin)).schoolHolidays.filter((h) => h.schoolYear === '2026-2027' && h.name === name && h.region === region);
    try {
      await fetchNow('2026-12-03');
      const [autumnNoord] = await find('Herfstvakantie', 'noord');
      expect(autumnNoord).toMatchObject({ origin: 'rijksoverheid', startsOn: '2026-10-10', endsOn: '2026-10-18', editedAt: null });

      // The admin moves region noord's autumn holiday (their schools have their own week).
      await saveSchoolHoliday({
        ...admin,
        holidayId: autumnNoord!.id,
        name: 'Herfstvakantie',
        region: 'noord',
        startsOn: '2026-10-12',
        endsOn: '2026-10-20',
        source: 'eigen',
      });

      // A newer file: other days for noord's autumn and spring holidays, and a holiday that is new.
      const newer = JSON.parse(sample) as {
        lastmodified: string;
        content: { vacations: { type: string; compulsorydates: string; regions: { region: string; startdate: string; enddate: string }[] }[] }[];
      };
      newer.lastmodified = '2026-11-20T09:00:00.000Z';
      const vacations = newer.content[0]!.vacations;
      const noordOf = (type: string) => vacations.find((v) => v.type.trim() === type)!.regions.find((r) => r.region === 'noord')!;
      Object.assign(noordOf('Herfstvakantie'), { startdate: '2026-10-11T00:00:00.000Z', enddate: '2026-10-19T00:00:00.000Z' });
      Object.assign(noordOf('Voorjaarsvakantie'), { startdate: '2027-02-27T00:00:00.000Z', enddate: '2027-03-07T00:00:00.000Z' });
      vacations.push({
        type: 'Extra vrije dag',
        compulsorydates: 'false',
        regions: [{ region: 'heel Nederland', startdate: '2027-06-04T00:00:00.000Z', enddate: '2027-06-04T00:00:00.000Z' }],
      });
      served = JSON.stringify(newer);

      // Two daily fetches of the newer file: the admin's week stays, the untouched rows follow the file.
      for (const day of ['2026-12-04', '2026-12-05']) {
        await fetchNow(day);
        expect(await find('Herfstvakantie', 'noord')).toMatchObject([
          { id: autumnNoord!.id, origin: 'handmatig', startsOn: '2026-10-12', endsOn: '2026-10-20', editedAt: expect.any(Date) },
        ]);
        expect(await find('Voorjaarsvakantie', 'noord')).toMatchObject([
          { origin: 'rijksoverheid', startsOn: '2027-02-27', endsOn: '2027-03-07', sourceDate: new Date('2026-11-20T09:00:00.000Z') },
        ]);
        expect(await find('Herfstvakantie', 'midden')).toMatchObject([
          { origin: 'rijksoverheid', startsOn: '2026-10-17', sourceDate: new Date('2026-11-20T09:00:00.000Z'), editedAt: null },
        ]);
        expect(await find('Extra vrije dag', 'all')).toMatchObject([{ origin: 'rijksoverheid', startsOn: '2027-06-04', endsOn: '2027-06-04' }]);
      }

      // The page says which rows were changed by hand.
      const page = await callRoute(holidaysLoader, await getAs(admin.user.id, '/'), { org: org.slug });
      expect(page.schoolHolidays.filter((h) => h.editedAt).map((h) => h.id)).toEqual([autumnNoord!.id]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
