import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';

describe('theme matching: the organisation’s own embeddings service (issue 10)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('is off by default; an admin turns it on with a safe address, and a coordinator does not see it', async () => {
    const page = await newPage(browser, { width: 360 });
    await signIn(page, org.people.admin.email);
    await page.goto(`/o/${org.slug}/settings`);
    const section = page.getByRole('region', { name: 'Thema’s voorstellen met een eigen taalmodel' });
    await section.getByText('Uit. Spiegel gebruikt alleen de woordenlijst.').waitFor();
    await section.getByText('stuurt Spiegel de teksten van de briefjes', { exact: false }).waitFor();
    await expectAccessible(page);

    // Plain http to another machine: refused next to the field, with what was typed kept.
    await section.getByLabel('Adres van de dienst').fill('http://ai.gemeente.example');
    await section.getByLabel('Naam van het model').fill('nl-klein');
    await section.getByRole('button', { name: 'Instelling opslaan' }).click();
    await page.getByText('Vul een adres in dat begint met https://', { exact: false }).first().waitFor();
    expect(await section.getByLabel('Adres van de dienst').inputValue()).toBe('http://ai.gemeente.example');
    expect(await section.getByLabel('Adres van de dienst').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page);

    await section.getByLabel('Adres van de dienst').fill('https://ai.gemeente.example/v1');
    await section.getByRole('button', { name: 'Instelling opslaan' }).click();
    await section.getByText('De instelling voor het voorstellen van thema’s is opgeslagen.').waitFor();
    await section.getByText('Aan. Spiegel gebruikt de dienst op https://ai.gemeente.example.').waitFor();
    expect(await section.getByLabel('Naam van het model').inputValue()).toBe('nl-klein');
    await expectAccessible(page);

    const coordinator = await newPage(browser);
    await signIn(coordinator, org.people.coordinator.email);
    await coordinator.goto(`/o/${org.slug}/settings`);
    await coordinator.getByRole('heading', { level: 1, name: 'Organisatie-instellingen' }).waitFor();
    expect(await coordinator.getByText('Thema’s voorstellen met een eigen taalmodel').count()).toBe(0);
  });
});
