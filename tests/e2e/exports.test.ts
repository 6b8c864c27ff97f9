// Issue 11: the optional surname in recruitment, and the CSV downloads (R1) of the participants,
// the listeners and the coalition's actions, each from a plain link on its page.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { asCoordinator, expectAccessible, useBrowser, useFreshOrg } from './fixtures';

describe('surname and CSV downloads (issue 11)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('records a surname, downloads the participants, the listeners and the actions as CSV', async () => {
    const { page, base } = await asCoordinator(browser, org);
    const stamp = Date.now().toString(36);
    const first = `Zoë${stamp}`;

    await page.goto(`${base}/participants`);
    await page.getByRole('heading', { level: 1, name: 'Deelnemers werven' }).waitFor();
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Deelnemer toevoegen' }) });
    await form.getByLabel('Voornaam of roepnaam').fill(first);
    await form.getByLabel('Achternaam').fill('El Amrani');
    await form.getByLabel('Telefoonnummer').fill('06 1122 3344');
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText(`${first} is toegevoegd.`).waitFor();
    await page
      .getByTestId('participant')
      .filter({ hasText: `${first} El Amrani` })
      .waitFor();
    await expectAccessible(page);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Lijst met persoonsgegevens downloaden/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^deelnemers-.*\.csv$/);
    const file = await readFile(await download.path());
    expect([...file.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.toString('utf8')).toContain(`;${first};El Amrani;06 1122 3344;`);

    await page.goto(`${base}/listeners`);
    const add = page.locator('form', { has: page.getByRole('button', { name: 'Toehoorder toevoegen' }) });
    await add.getByLabel('Naam').fill(`Wendy ${stamp}`);
    await add.getByLabel('Organisatie').fill('Welzijn; De Schans');
    await add.getByLabel('Groep').selectOption({ label: 'Welzijn' });
    await add.getByRole('button', { name: 'Toehoorder toevoegen' }).click();
    await page
      .getByTestId('listener')
      .filter({ hasText: `Wendy ${stamp}` })
      .waitFor();
    await expectAccessible(page);
    const listenersHref = await page.getByRole('link', { name: 'Lijst downloaden (CSV-bestand voor Excel)' }).getAttribute('href');
    expect(listenersHref).toBe(`${base}/listeners.csv`);
    const listeners = await page.request.get(listenersHref!);
    expect(listeners.status()).toBe(200);
    expect(listeners.headers()['content-type']).toBe('text/csv; charset=utf-8');
    const lines = (await listeners.text()).split('\r\n');
    expect(lines[0]).toContain('Naam;Organisatie;Groep');
    expect(lines).toContain(`Wendy ${stamp};"Welzijn; De Schans";Welzijn;;;Nog geen antwoord;Nog geen antwoord`);

    await page.goto(`/o/${org.slug}/actions`);
    await page.getByRole('heading', { level: 1, name: /acties/i }).waitFor();
    await expectAccessible(page);
    const link = page.getByRole('link', { name: 'Deze acties downloaden (CSV-bestand voor Excel)' });
    // The demo's actions hold no names: the file comes (a refusal would be a 409 page in Dutch).
    const actions = await page.request.get((await link.getAttribute('href'))!);
    expect(actions.status()).toBe(200);
    expect(actions.headers()['content-disposition']).toMatch(/^attachment; filename="acties-/);
  });
});
