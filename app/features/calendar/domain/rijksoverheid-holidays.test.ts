import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dutchDay, holidayName, parseHolidayFile, replaces, schoolYearName, schoolYearsToFetch } from './rijksoverheid-holidays';

// Made for these tests in the format of opendata.rijksoverheid.nl; its dates are test data.
const sample = readFileSync(new URL('./fixtures/schoolvakanties-2026-2027.json', import.meta.url), 'utf8');

describe("the government's school holiday file", () => {
  it("gives every holiday per region with Dutch days, trimmed names and the file's address and date", () => {
    const result = parseHolidayFile(sample);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { file } = result;
    expect(file.dataUrl).toBe('https://opendata.rijksoverheid.nl/v1/sources/rijksoverheid/infotypes/schoolholidays/schoolyear/2026-2027');
    expect(file.lastModified?.toISOString()).toBe('2025-09-01T08:30:00.000Z');
    expect(file.holidays).toHaveLength(11);
    expect(file.holidays).toContainEqual({ schoolYear: '2026-2027', name: 'Herfstvakantie', region: 'noord', startsOn: '2026-10-10', endsOn: '2026-10-18' });
    expect(file.holidays).toContainEqual({ schoolYear: '2026-2027', name: 'Kerstvakantie', region: 'all', startsOn: '2026-12-19', endsOn: '2027-01-03' });
    // Saturday to Sunday, as the source writes them.
    for (const h of file.holidays) {
      expect(new Date(`${h.startsOn}T12:00:00Z`).getUTCDay()).toBe(6);
      expect(new Date(`${h.endsOn}T12:00:00Z`).getUTCDay()).toBe(0);
    }
  });

  it('reads a date written as UTC midnight and as Amsterdam midnight in UTC as the same Dutch day, in winter and summer', () => {
    expect(dutchDay('2026-10-17T00:00:00.000Z')).toBe('2026-10-17');
    expect(dutchDay('2026-10-16T22:00:00.000Z')).toBe('2026-10-17'); // summer time, UTC+2
    expect(dutchDay('2027-02-19T23:00:00.000Z')).toBe('2027-02-20'); // winter time, UTC+1
    expect(dutchDay('2027-02-20')).toBe('2027-02-20');
    expect(dutchDay('17-10-2026')).toBeNull();
    expect(dutchDay('2026-13-45T00:00:00Z')).toBeNull();
  });

  it('takes any day of the years it serves, written either way, to that day', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }), (date) => {
        const day = date.toISOString().slice(0, 10);
        expect(dutchDay(`${day}T00:00:00.000Z`)).toBe(day);
        expect(dutchDay(day)).toBe(day);
        // The Amsterdam midnight of that day, written in UTC (the offset is 1 or 2 hours).
        const local = [1, 2].map((h) => new Date(Date.parse(`${day}T00:00:00Z`) - h * 3_600_000).toISOString());
        expect(local.some((moment) => dutchDay(moment) === day)).toBe(true);
      }),
    );
  });

  it('tolerates spaces and capitals in names, regions and the school year', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('Herfstvakantie', 'Kerstvakantie', 'Voorjaarsvakantie', 'Meivakantie', 'Zomervakantie'),
        fc.constantFrom('', ' ', '  ', '\t'),
        fc.constantFrom('', ' ', '\n'),
        fc.boolean(),
        (name, before, after, upper) => {
          const written = before + (upper ? name.toUpperCase() : name.toLowerCase()) + after;
          expect(holidayName(written)).toBe(name);
          const text = JSON.stringify({
            content: [
              {
                schoolyear: `${before}2026-2027${after}`,
                vacations: [
                  {
                    type: written,
                    regions: [
                      {
                        region: `${before}${upper ? 'HEEL NEDERLAND' : 'heel  Nederland'}${after}`,
                        startdate: '2026-12-19T00:00:00.000Z',
                        enddate: '2027-01-03T00:00:00.000Z',
                      },
                    ],
                  },
                ],
              },
            ],
          });
          const result = parseHolidayFile(text);
          expect(result.ok && result.file.holidays).toEqual([{ schoolYear: '2026-2027', name, region: 'all', startsOn: '2026-12-19', endsOn: '2027-01-03' }]);
        },
      ),
    );
    expect(schoolYearName(' 2026 – 2027 ')).toBe('2026-2027');
    expect(schoolYearName('2026-2028')).toBeNull();
  });

  it('refuses what is not that file, with the reason', () => {
    const withRegion = (region: string, enddate = '2026-10-25T00:00:00.000Z') =>
      JSON.stringify({
        content: [{ schoolyear: '2026-2027', vacations: [{ type: 'Herfstvakantie', regions: [{ region, startdate: '2026-10-17T00:00:00.000Z', enddate }] }] }],
      });
    expect(parseHolidayFile('')).toEqual({ ok: false, problem: 'calendar.importNotJson' });
    expect(parseHolidayFile('<html>')).toEqual({ ok: false, problem: 'calendar.importNotJson' });
    expect(parseHolidayFile('{"content": []}')).toEqual({ ok: false, problem: 'calendar.importWrongFormat' });
    expect(parseHolidayFile('[{"date": "2026-01-01"}]')).toEqual({ ok: false, problem: 'calendar.importWrongFormat' });
    expect(parseHolidayFile(withRegion('oost'))).toEqual({ ok: false, problem: 'calendar.importUnknownRegion' });
    expect(parseHolidayFile(withRegion('noord', '2026-10-01T00:00:00.000Z'))).toEqual({ ok: false, problem: 'calendar.importEndBeforeStart' });
    expect(parseHolidayFile(withRegion('noord', 'zondag'))).toEqual({ ok: false, problem: 'calendar.importWrongFormat' });
    expect(parseHolidayFile(withRegion('noord')).ok).toBe(true);
    // The file's address is shown as a link: only a web address is kept.
    const withAddress = (dataurl: string) => parseHolidayFile(JSON.stringify({ ...JSON.parse(sample), dataurl }));
    expect(withAddress('javascript:alert(1)')).toMatchObject({ ok: true, file: { dataUrl: '' } });
    expect(withAddress(' https://example.org/x ')).toMatchObject({ ok: true, file: { dataUrl: 'https://example.org/x' } });
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseHolidayFile(text).ok).toBe('boolean');
      }),
    );
  });
});

describe('which rows an imported holiday replaces', () => {
  const autumn = { schoolYear: '2026-2027', name: 'Herfstvakantie', region: 'noord' as const };
  it('the same holiday and school year in an overlapping region, whatever the spelling', () => {
    expect(replaces(autumn, { ...autumn, name: 'herfstvakantie ' })).toBe(true);
    expect(replaces(autumn, { ...autumn, region: 'all' })).toBe(true);
    expect(replaces({ ...autumn, region: 'all' }, { ...autumn, region: 'zuid' })).toBe(true);
    expect(replaces(autumn, { ...autumn, region: 'zuid' })).toBe(false);
    expect(replaces(autumn, { ...autumn, schoolYear: '2025-2026' })).toBe(false);
    expect(replaces(autumn, { ...autumn, name: 'Studiedag' })).toBe(false);
  });

  it('fetches this school year and the next; a school year starts on 1 August', () => {
    expect(schoolYearsToFetch('2026-12-03')).toEqual(['2026-2027', '2027-2028']);
    expect(schoolYearsToFetch('2026-07-31')).toEqual(['2025-2026', '2026-2027']);
    expect(schoolYearsToFetch('2026-08-01')).toEqual(['2026-2027', '2027-2028']);
  });
});
