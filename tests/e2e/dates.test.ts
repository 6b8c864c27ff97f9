// Step 5, the dates (S5a): a coordinator sets the three dates of the demo trajectory, sees the
// warning about a late follow-up and the Christmas conflict, downloads the .ics, mails the
// invitation, and reads the month view and the organisation's school holidays, also at 360 px,
// then makes a personal calendar feed on the account page; an admin imports the government's
// school holiday file and sees where each row came from, changes one and reads the file again: the
// change stays.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

import { describe, expect, it } from 'vitest';
import { addDays } from '#app/features/calendar/domain/days';
import { amsterdamToUtc } from '#app/features/calendar/domain/meeting-ics';
import { SCHOOL_HOLIDAYS_NL } from '#app/features/calendar/domain/school-holidays-nl';
import { expectAccessible, useBrowser, useFreshOrg, asCoordinator, newPage, signIn } from './fixtures';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());

/** A day in the next Dutch Christmas holiday we ship; otherwise 28 December of a coming year (Christmas is always computed). */
function dayInChristmasHoliday(): string {
  const next = SCHOOL_HOLIDAYS_NL.find((h) => h.name === 'Kerstvakantie' && addDays(h.startsOn, 3) > today);
  if (next) return addDays(next.startsOn, 3);
  const year = Number(today.slice(0, 4));
  return `${today < `${year}-12-28` ? year : year + 1}-12-28`;
}

describe('step 5: dates (S5a)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('sets the three dates, warns, hints at holidays, gives an .ics and a month view', async () => {
    const { page, base } = await asCoordinator(browser, org);

    await page.goto(`${base}/dates`);
    await page.getByRole('heading', { level: 1, name: 'Data van de bijeenkomsten' }).waitFor();
    await expectAccessible(page);

    const mirror = dayInChristmasHoliday();
    const followUp = addDays(mirror, 28);
    const feedback = addDays(followUp, 7);
    const group = (name: string) => page.getByRole('group', { name });

    // A wrong time is explained next to the field and kept.
    await group('Spiegelbijeenkomst').getByLabel('Datum').fill(mirror);
    await group('Spiegelbijeenkomst').getByLabel('Begintijd').fill('25:00');
    await page.getByRole('button', { name: 'Data opslaan' }).click();
    await page.getByText('Vul een tijd in als uu:mm').waitFor();
    expect(await group('Spiegelbijeenkomst').getByLabel('Begintijd').inputValue()).toBe('25:00');
    await expectAccessible(page);

    await group('Spiegelbijeenkomst').getByLabel('Datum').fill(mirror);
    await group('Spiegelbijeenkomst').getByLabel('Begintijd').fill('19:00');
    await group('Terugkombijeenkomst').getByLabel('Datum').fill(followUp);
    await group('Terugkombijeenkomst').getByLabel('Begintijd').fill('9.30');
    await group('Terugkoppeling aan ouders').getByLabel('Datum').fill(feedback);
    await group('Terugkoppeling aan ouders').getByLabel('Begintijd').fill('15:00');
    await group('Terugkoppeling aan ouders').getByLabel('Vorm van de terugkoppeling').selectOption({ label: 'Huisbezoek' });
    await page.getByRole('button', { name: 'Data opslaan' }).click();
    await page.getByText('De data zijn opgeslagen.').waitFor();
    // The fields show what was stored: 9.30 becomes 09:30.
    await expect.poll(() => group('Terugkombijeenkomst').getByLabel('Begintijd').inputValue()).toBe('09:30');

    // Advice, not a block: the follow-up is 28 days later.
    await expect.poll(() => page.getByTestId('date-warnings').textContent()).toContain('28 dagen na de spiegelbijeenkomst');
    // The mirror meeting falls in the Christmas holiday (or right after Christmas).
    await expect.poll(() => page.getByTestId('meeting-mirror').getByTestId('conflicts').textContent()).toMatch(/Kerst/);
    await expect.poll(() => page.getByTestId('meeting-feedback').textContent()).toContain('Vorm: Huisbezoek');
    await expectAccessible(page);

    // The month view marks the meetings in text, weeks starting on Monday.
    const months = page.getByTestId('month-table');
    expect(await months.count()).toBeGreaterThanOrEqual(2);
    expect((await months.first().locator('thead th').allTextContents()).map((s) => s.trim())).toEqual(['ma', 'di', 'wo', 'do', 'vr', 'za', 'zo']);
    await expect.poll(() => page.locator(`td[data-day="${mirror}"]`).textContent()).toContain('Spiegelbijeenkomst 19:00');
    await expect.poll(() => page.locator(`td[data-day="${followUp}"]`).textContent()).toContain('Terugkombijeenkomst 09:30');

    // The .ics file, parsed as a calendar app would.
    const response = await page.request.get(`${base}/dates/mirror/ics`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers()['content-disposition']).toContain('.ics');
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(await response.text())).getFirstSubcomponent('vevent')!);
    expect(event.startDate.toJSDate().toISOString()).toBe(amsterdamToUtc(mirror, '19:00').toISOString());
    expect(event.summary).toBe('Spiegelbijeenkomst: Opgroeien in De Schans');
    expect((await page.request.get(`${base}/dates/party/ics`)).status()).toBe(404);

    // The invitation goes to the workgroup with the file attached.
    await page.getByTestId('meeting-mirror').getByRole('button', { name: 'Uitnodiging mailen aan de werkgroep' }).click();
    await page.getByText(/uitnodigingen? verstuurd voor de spiegelbijeenkomst/).waitFor();
    await page.goto('/dev/outbox');
    const mail = page
      .getByTestId('outbox-mail')
      .filter({ has: page.getByTestId('outbox-to').getByText(org.people.youthHealth.email, { exact: true }) })
      .first();
    await expect.poll(() => mail.textContent()).toContain('[Bijlage: mirror-');

    // Printing leaves the month view and hides the forms.
    await page.goto(`${base}/dates`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: 'Data opslaan' }).isVisible()).toBe(false);
    expect(await months.first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // At 360 px the page itself does not scroll sideways; the month tables scroll in their own box.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);

    // The organisation's school holidays: a coordinator reads them, only admins change them.
    await page.goto(`/o/${org.slug}/holidays`);
    await page.getByRole('heading', { level: 1, name: 'Schoolvakanties' }).waitFor();
    await page.getByText('Alleen beheerders van de organisatie').waitFor();
    expect(await page.getByTestId('holiday-table').first().textContent()).toContain('Kerstvakantie');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);

    // The personal calendar feed: made on the account page, shown once to copy, a calendar to subscribe to.
    await page.goto('/account');
    await page.getByRole('button', { name: 'Agenda-link maken' }).click();
    const feedUrl = await page.getByLabel('Uw persoonlijke agenda-link').inputValue();
    expect(feedUrl).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await page.getByRole('button', { name: 'Nieuwe agenda-link maken' }).waitFor();
    await expectAccessible(page);
    const feed = await page.request.get(new URL(feedUrl).pathname);
    expect(feed.status()).toBe(200);
    expect(new ICAL.Component(ICAL.parse(await feed.text())).name).toBe('vcalendar');
    expect((await page.request.get(`/calendar/${'x'.repeat(43)}.ics`)).status()).toBe(404);
  });

  it("imports the government's school holiday file: a wrong file is refused next to the field, the right one shows its source", async () => {
    const page = await newPage(browser);
    await signIn(page, org.people.admin.email);
    await page.goto(`/o/${org.slug}/holidays`);
    const upload = page.getByLabel('Bestand met schoolvakanties (JSON)');
    await upload.setInputFiles({ name: 'kalender.json', mimeType: 'application/json', buffer: Buffer.from('[{"date": "2026-01-01"}]') });
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();
    await page.locator('#import-file-error').getByText('Dit is geen bestand met schoolvakanties van de Rijksoverheid').waitFor();
    await expectAccessible(page);

    // Made for the tests in the open data format; its dates are test data.
    const file = readFileSync(new URL('../../app/features/calendar/domain/fixtures/schoolvakanties-2026-2027.json', import.meta.url));
    await upload.setInputFiles({ name: 'schoolvakanties-2026-2027.json', mimeType: 'application/json', buffer: file });
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();
    await page.getByText('11 vakanties van de Rijksoverheid ingelezen voor schooljaar 2026–2027.').waitFor();
    const year = (name: string) => page.getByRole('table', { name });
    await expect.poll(() => year('Schoolvakanties 2026–2027').textContent()).toContain('Rijksoverheid (open data)');
    expect(await year('Schoolvakanties 2025–2026').textContent()).toContain('Niet gecontroleerd');
    await expectAccessible(page);

    // The admin changes an imported holiday; reading the file again keeps the change, marked as changed by hand.
    await year('Schoolvakanties 2026–2027').getByRole('link', { name: 'Meivakantie (Heel Nederland) wijzigen' }).click();
    const form = page.getByRole('region', { name: 'Meivakantie (Heel Nederland) wijzigen' });
    await form.getByLabel('Laatste dag').fill('2027-05-03');
    await form.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByText('De vakantie is gewijzigd.').waitFor();
    const may = () => year('Schoolvakanties 2026–2027').getByRole('row').filter({ hasText: 'Meivakantie' });
    await expect.poll(() => may().textContent()).toContain('Met de hand gewijzigd');
    await expectAccessible(page);
    await upload.setInputFiles({ name: 'schoolvakanties-2026-2027.json', mimeType: 'application/json', buffer: file });
    await page.getByRole('button', { name: 'Bestand inlezen' }).click();
    await page.getByText('11 vakanties van de Rijksoverheid ingelezen voor schooljaar 2026–2027.').waitFor();
    expect(await may().count()).toBe(1);
    expect(await may().textContent()).toContain('3 mei 2027');
    expect(await may().textContent()).toContain('Met de hand gewijzigd');
    await expectAccessible(page);
  });
});
