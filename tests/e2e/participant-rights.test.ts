// Issue 16: a parent's rights and the access log. The coordinator (a lead) downloads everything
// about a participant and erases them (their words kept); the admin sees it all in the log.
import { describe, expect, it } from 'vitest';
import { asCoordinator, expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';

describe("a participant's rights and the access log (issue 16)", () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('downloads the export, erases the identity, and the admin sees the entries in an intact chain', async () => {
    const stamp = Date.now().toString(36);
    const name = `Roodborstje${stamp}`;
    const phone = `06 5${String(Date.now()).slice(-7)}`;
    const { page, base } = await asCoordinator(browser, org);

    await page.goto(`${base}/participants`);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Deelnemer toevoegen' }) });
    await form.getByLabel('Stap', { exact: true }).selectOption({ label: 'Aangemeld' });
    await form.getByLabel('Voornaam of roepnaam').fill(name);
    await form.getByLabel('Telefoonnummer').fill(phone);
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText(`${name} is toegevoegd.`).waitFor();
    await page
      .getByTestId('participant')
      .filter({ hasText: name })
      .getByRole('link', { name: new RegExp(name) })
      .first()
      .click();
    await page.getByRole('heading', { name: 'Rechten van deze deelnemer' }).waitFor();
    await expectAccessible(page);

    // The export: a JSON file with their data and this download in the access log, and a PDF.
    const jsonHref = await page.getByRole('link', { name: 'Gegevens downloaden (JSON-bestand)' }).getAttribute('href');
    const json = await page.request.get(jsonHref!);
    expect(json.headers()['content-disposition']).toContain('attachment');
    const data = await json.json();
    expect(data.personal.name).toBe(name);
    const pseudonym: string = data.pseudonym;
    expect(pseudonym).toMatch(/^Ouder /);
    expect(data.accessLog.at(-1)).toMatchObject({ action: 'export', screen: 'rights.export.json' });
    const pdfHref = await page.getByRole('link', { name: 'Gegevens downloaden (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(pdfHref!);
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

    // Erasing asks for a confirmation first, with a message next to the box.
    await page.getByRole('link', { name: 'Gegevens wissen' }).click();
    await page.getByRole('heading', { level: 1, name: `Gegevens wissen van ${name}` }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.getByText('Vink aan dat u de gegevens echt wilt wissen.').first().waitFor();
    await expectAccessible(page);
    await page.getByLabel('Ik weet het zeker: wis de gegevens van deze deelnemer').check();
    await page.getByRole('button', { name: 'Gegevens wissen' }).click();
    await page.getByText(/De gegevens van deze deelnemer zijn gewist op/).waitFor();
    await expectAccessible(page);
    await page.goto(`${base}/participants`);
    const list = await page.content();
    expect(list).not.toContain(name);
    expect(list).toContain(pseudonym);

    // The admin's access log: the export and the erasure of this pseudonym, the chain intact.
    const admin = await newPage(browser);
    await signIn(admin, org.people.admin.email);
    await admin.goto(`/o/${org.slug}`);
    await admin.getByRole('link', { name: 'Toegangslog' }).click();
    await admin.getByRole('heading', { level: 1, name: 'Toegangslog' }).waitFor();
    expect(await admin.getByTestId('chain-status').textContent()).toBe('Keten intact');
    await admin.getByLabel('Schuilnaam van de deelnemer').fill(pseudonym);
    await admin.getByLabel('Wat', { exact: true }).selectOption({ label: 'Gewist' });
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    const rows = admin.getByTestId('access-log').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('rights.erase');
    expect(await admin.content()).not.toContain(name);
    await expectAccessible(admin);
    await admin.getByLabel('Wat', { exact: true }).selectOption({ label: 'Gedownload' });
    await admin.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(() => rows.count()).toBe(2);
    await admin.context().close();
    await page.context().close();
  });
});
