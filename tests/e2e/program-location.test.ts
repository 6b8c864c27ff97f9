import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser, useFreshOrg, asCoordinator } from './fixtures';

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const toTime = (m: number) => `${String(Math.floor((m % 1440) / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** Clock times of the rows of a program table, as [start, end] pairs. */
async function rowTimes(table: Locator): Promise<[string, string][]> {
  const cells = await table.getByTestId('program-row-time').allTextContents();
  return cells.map((c) => c.split('–') as [string, string]);
}

/** A form card (block or task) by the title in its legend. */
const card = (page: Page, testId: 'block-card' | 'task-card', title: string) =>
  page.getByTestId(testId).filter({ has: page.locator('legend', { hasText: title }) });

describe('step 5: program, run sheet and location (S5b, S5c)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('makes the program from the example, changes and moves blocks, keeps the run sheet, prints, and checks the location', async () => {
    const suffix = Date.now().toString(36);
    const { page, base } = await asCoordinator(browser, org);

    await page.goto(`${base}/program`);
    await page.getByRole('heading', { level: 1, name: 'Programma en draaiboek' }).waitFor();
    await expectAccessible(page);

    // The mirror meeting's program from the method's example.
    const mirror = page.getByTestId('program-mirror');
    const fromTemplate = mirror.getByRole('button', { name: 'Programma maken vanuit het voorbeeld' });
    if (await fromTemplate.isVisible()) {
      await fromTemplate.click();
      await page.getByText('Het programma is gemaakt.').waitFor();
    }
    const table = page.getByTestId('program-table-mirror');
    await table.waitFor();
    expect(await table.getByTestId('program-row').count()).toBe(7);

    // Without a start time only minutes are shown, with a way to the dates page to set it.
    const setStart = mirror.getByRole('link', { name: 'Begintijd invullen bij Datums' });
    if (await setStart.isVisible()) {
      await setStart.click();
      await page.waitForURL((url) => url.pathname.endsWith('/dates'));
      await page.getByLabel('Begintijd').first().fill('13:30');
      // Wait for the save itself: navigating away too early would cancel it.
      await Promise.all([
        page.waitForResponse((res) => res.request().method() === 'POST' && new URL(res.url()).pathname.includes('/dates')),
        page.getByRole('button', { name: 'Data opslaan' }).click(),
      ]);
      await page.goto(`${base}/program`);
    }
    await table.getByTestId('program-row-time').first().waitFor();
    const before = await rowTimes(table);
    const start = toMinutes(before[0]![0]);
    expect(before[1]![0]).toBe(before[0]![1]);
    expect(await page.getByTestId('program-advice-mirror').count()).toBe(0);

    // Longer welcome for the parents: every later block shifts, and the meeting is now over 4 hours.
    const welcome = card(page, 'block-card', 'Ontvangst van de ouders');
    await welcome.getByLabel('Minuten').fill('60');
    await welcome.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Het onderdeel is opgeslagen.').waitFor();
    await expect.poll(async () => (await rowTimes(table))[1]![0]).toBe(toTime(start + 60));
    expect((await rowTimes(table))[0]).toEqual([toTime(start), toTime(start + 60)]);
    await welcome.getByLabel('Minuten').fill('75');
    await welcome.getByRole('button', { name: 'Opslaan' }).click();
    await expect.poll(async () => (await rowTimes(table))[1]![0]).toBe(toTime(start + 75));
    await page.getByTestId('program-advice-mirror').getByText('langer dan 4 uur').waitFor();

    // A wrong number is refused next to the field, with what was typed kept.
    await welcome.getByLabel('Minuten').fill('veel');
    await welcome.getByRole('button', { name: 'Opslaan' }).click();
    await welcome.getByText('Vul een aantal minuten in van 1 tot en met 600.').waitFor();
    expect(await welcome.getByLabel('Minuten').inputValue()).toBe('veel');
    await expectAccessible(page);

    // Move the listeners' walk-in up: it becomes the first block and starts at the start time.
    await card(page, 'block-card', 'Inloop van de toehoorders').getByRole('button', { name: 'Omhoog' }).click();
    await page.getByText('Het onderdeel is verplaatst.').waitFor();
    await expect.poll(() => table.getByTestId('program-row').first().locator('th').textContent()).toBe('Inloop van de toehoorders');
    expect((await rowTimes(table))[0]).toEqual([toTime(start), toTime(start + 30)]);

    // The run sheet is filled with the usual tasks; tick one and give it an owner.
    const counts = page.getByTestId('run-sheet-counts');
    const doneBefore = Number((await counts.textContent())!.match(/(\d+) klaar/)![1]);
    const microphone = card(page, 'task-card', 'Microfoon en versterker testen').first();
    await microphone.getByLabel('Wie regelt het?').selectOption({ index: 1 });
    await microphone.getByLabel('Klaar op').fill('2026-04-01');
    await microphone.getByLabel('Klaar', { exact: true }).check();
    await microphone.getByRole('button', { name: 'Taak opslaan' }).click();
    await page.getByText('De taak is opgeslagen.').waitFor();
    await expect.poll(async () => Number((await counts.textContent())!.match(/(\d+) klaar/)![1])).toBe(doneBefore + 1);
    expect(await microphone.getByLabel('Klaar', { exact: true }).isChecked()).toBe(true);

    // A task of our own.
    const add = page.locator('form', { has: page.getByRole('button', { name: 'Taak toevoegen' }) });
    await add.getByLabel('Taak').fill(`Bloemen voor de ouders ${suffix}`);
    await add.getByRole('button', { name: 'Taak toevoegen' }).click();
    await page.getByText('De taak is toegevoegd.').waitFor();
    await card(page, 'task-card', `Bloemen voor de ouders ${suffix}`).waitFor();
    await expectAccessible(page);

    // The PDF.
    const pdf = await page.request.get(`${base}/program/pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // On paper: no navigation and no edit controls, but the program and a read-only run sheet.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.spiegel-header').isVisible()).toBe(false);
    expect(await page.getByRole('navigation').first().isVisible()).toBe(false);
    expect(await page.getByTestId('block-card').first().isVisible()).toBe(false);
    expect(await table.isVisible()).toBe(true);
    expect(await page.getByTestId('run-sheet-table').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });

    // Usable on a small phone: nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await table.waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(page);
    await page.setViewportSize({ width: 1024, height: 800 });

    // S5c: the location of the mirror meeting and its readiness.
    await page.goto(`${base}/location`);
    await page.getByRole('heading', { level: 1, name: 'Locatie' }).waitFor();
    await expectAccessible(page);
    const place = page.getByTestId('location-mirror');
    await place.getByLabel('Naam van de locatie').fill(`Buurthuis De Schans ${suffix}`);
    await place.getByLabel('Adres').fill('Schansplein 1, Demostad');
    for (const item of ['Microfoon en versterker', 'Kinderopvang', 'Eten en drinken']) await place.getByLabel(item).uncheck();
    await place.getByLabel('Microfoon en versterker').check();
    await place.getByLabel('Eten en drinken').check();
    await place.getByRole('button', { name: 'Locatie opslaan' }).click();
    await place.getByText('De locatie van de spiegelbijeenkomst is opgeslagen.').waitFor();
    await expect.poll(() => page.getByTestId('readiness-mirror').textContent()).toMatch(/^\d van 7 punten geregeld\./);
    await page.getByTestId('readiness-mirror').getByText('Kinderopvang').waitFor();
    expect(await place.getByLabel('Naam van de locatie').inputValue()).toBe(`Buurthuis De Schans ${suffix}`);
    expect(await place.getByLabel('Microfoon en versterker').isChecked()).toBe(true);
    // The follow-up session asks less: no microphone, no room for the parents' welcome.
    expect(await page.getByTestId('location-follow_up').getByLabel('Microfoon en versterker').count()).toBe(0);
    await expectAccessible(page);
  });
});
