import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, newPage, signIn, useBrowser } from './fixtures';

/** A field in the listener-plan table, named by its row (category) and column. */
const planField = (page: Page, category: string, column: 'Aantal' | 'Toelichting') => page.getByRole('textbox', { name: `${category} ${column}`, exact: true });

/** A fresh person founds an organisation and a trajectory; returns the trajectory's path. */
async function startTrajectory(page: Page, suffix: string): Promise<string> {
  await signIn(page, `werkgroep-${suffix}@test.spiegel.local`);
  await expect.poll(() => new URL(page.url()).pathname).toBe('/orgs/new');
  const slug = `coalitie-${suffix}`;
  await page.getByLabel('Naam van de organisatie').fill(`Coalitie ${suffix}`);
  await page.getByLabel('Kansrijke Start-coalitie').check();
  await page.getByLabel('Kort adres').fill(slug);
  await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
  await page.waitForURL((url) => url.pathname === `/o/${slug}`);
  await page.goto(`/o/${slug}/t/new`);
  await page.getByLabel('Titel').fill('Vader worden in Noord');
  await page.getByRole('button', { name: 'Traject aanmaken' }).click();
  await page.waitForURL((url) => /^\/o\/[^/]+\/t\/[0-9a-f-]{36}$/.test(url.pathname));
  return new URL(page.url()).pathname;
}

describe('steps 3 and 4: workgroup, theme and invitees (S3, S4)', () => {
  const browser = useBrowser();

  it('gives workgroup advice, plans a meeting, picks a theme, fills the profile, targets and listener plan', async () => {
    const page = await newPage(browser);
    const trajectory = await startTrajectory(page, Date.now().toString(36));

    // S3: the creator is the lead; the method's other roles are missing.
    await page.goto(`${trajectory}/workgroup`);
    await page.getByRole('heading', { level: 1, name: 'Werkgroep' }).waitFor();
    const advice = page.getByTestId('workgroup-advice');
    await advice.getByText('Er zit nog niemand van beleid in de werkgroep.').waitFor();
    await advice.getByText('Er is nog geen oudercontactpersoon.').waitFor();
    await advice.getByText('De werkgroep is klein.').waitFor();
    expect(await advice.getByText('Er is nog geen trekker.').count()).toBe(0);
    await expect.poll(() => page.getByTestId('prep-progress').textContent()).toBe('U heeft 0 van ongeveer 5 voorbereidende bijeenkomsten gepland.');
    await expectAccessible(page);

    // A meeting with a wrong date first: Dutch message, the agenda stays.
    const addForm = page.locator('form', { has: page.getByRole('button', { name: 'Bijeenkomst toevoegen' }) });
    await addForm.getByLabel('Agenda').fill('Thema en periode kiezen');
    await addForm.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await addForm.getByText('Vul een geldige datum in.').waitFor();
    expect(await addForm.getByLabel('Agenda').inputValue()).toBe('Thema en periode kiezen');
    await expectAccessible(page);
    await addForm.getByLabel('Datum').fill('2026-02-03');
    await addForm.getByLabel('Besluiten').fill('Spiegelbijeenkomst na de voorjaarsvakantie.');
    await addForm.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await page.getByText('De bijeenkomst is toegevoegd.').waitFor();
    await page.getByTestId('prep-meeting').getByText('Bijeenkomst 1: 3 februari 2026').waitFor();
    await expect.poll(() => page.getByTestId('prep-progress').textContent()).toBe('U heeft 1 van ongeveer 5 voorbereidende bijeenkomsten gepland.');
    expect(await addForm.getByLabel('Agenda').inputValue()).toBe('');
    await expectAccessible(page);

    // Changing the meeting afterwards.
    const meeting = page.getByTestId('prep-meeting');
    await meeting.getByText('Bijeenkomst van 3 februari 2026 wijzigen').click();
    await meeting.getByLabel('Besluiten').fill('Spiegelbijeenkomst in maart, na overleg met de gespreksleider.');
    await meeting.getByRole('button', { name: 'Wijzigingen opslaan' }).click();
    await page.getByText('De bijeenkomst is opgeslagen.').waitFor();
    await meeting.getByText('Spiegelbijeenkomst in maart, na overleg met de gespreksleider.').first().waitFor();

    // S4: an example theme fills the field, then it is saved.
    await page.goto(`${trajectory}/theme`);
    await page.getByRole('heading', { level: 1, name: 'Thema en genodigden' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Vader worden: hoe beleven vaders de eerste tijd met hun kind?' }).click();
    await page.getByText('Het voorbeeld staat in het veld Thema.').waitFor();
    expect(await page.getByLabel('Thema van het spiegelgesprek').inputValue()).toBe('Vader worden: hoe beleven vaders de eerste tijd met hun kind?');
    await page.getByRole('button', { name: 'Thema opslaan' }).click();
    await page.getByText('Het thema is opgeslagen.').waitFor();

    // The participant profile.
    await page.getByLabel('Leeftijd van de kinderen').fill('Zwangerschap tot 2 jaar');
    await page.getByLabel('Nee, uit verschillende wijken').check();
    await page.getByLabel('Talen').fill('Nederlands, Arabisch, Turks');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByText('Het profiel is opgeslagen.').waitFor();
    expect(await page.getByLabel('Nee, uit verschillende wijken').isChecked()).toBe(true);
    expect(await page.getByLabel('Talen').inputValue()).toBe('Nederlands, Arabisch, Turks');

    // Targets: a minimum above the maximum is refused, with what was typed kept.
    await page.getByLabel('Minimaal aantal ouders').fill('9');
    await page.getByLabel('Maximaal aantal ouders').fill('6');
    await page.getByRole('button', { name: 'Aantallen opslaan' }).click();
    await page.getByText('Het minimum mag niet hoger zijn dan het maximum.').waitFor();
    expect(await page.getByLabel('Minimaal aantal ouders').inputValue()).toBe('9');
    expect(await page.getByLabel('Maximaal aantal ouders').inputValue()).toBe('6');
    await expectAccessible(page);
    // Outside the method's range: saved, with a warning.
    await page.getByLabel('Minimaal aantal ouders').fill('4');
    await page.getByRole('button', { name: 'Aantallen opslaan' }).click();
    await page.getByText('De aantallen zijn opgeslagen.').waitFor();
    await page.getByTestId('target-advice').getByText('Met minder dan 5 ouders').waitFor();

    // The listener plan: coverage advice until welfare or community work and an experience expert are planned.
    const coverage = page.getByTestId('coverage-advice');
    await coverage.getByText('Er is nog niemand van welzijn of opbouwwerk gepland.').waitFor();
    await planField(page, 'Verloskundige', 'Aantal').fill('3');
    await planField(page, 'Opbouwwerk', 'Aantal').fill('twee');
    await planField(page, 'Ervaringsdeskundige ouder', 'Aantal').fill('1');
    await page.getByRole('button', { name: 'Toehoorders opslaan' }).click();
    await page.getByText('Vul een heel getal in, 0 of hoger.').waitFor();
    expect(await planField(page, 'Opbouwwerk', 'Aantal').inputValue()).toBe('twee');
    expect(await planField(page, 'Verloskundige', 'Aantal').inputValue()).toBe('3');
    await expectAccessible(page);
    await planField(page, 'Opbouwwerk', 'Aantal').fill('2');
    await planField(page, 'Opbouwwerk', 'Toelichting').fill('Buurtwerk Noord');
    await page.getByRole('button', { name: 'Toehoorders opslaan' }).click();
    await page.getByText('De toehoorders zijn opgeslagen.').waitFor();
    await coverage.waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Gepland: 6 toehoorders. Doel voor de spiegelbijeenkomst: 35.');
    await expectAccessible(page);

    // After a reload everything is still there.
    await page.reload();
    expect(await page.getByLabel('Thema van het spiegelgesprek').inputValue()).toBe('Vader worden: hoe beleven vaders de eerste tijd met hun kind?');
    expect(await planField(page, 'Opbouwwerk', 'Toelichting').inputValue()).toBe('Buurtwerk Noord');

    // Without JavaScript an example still fills the field.
    const noJs = await browser.newContext({ baseURL: baseUrl(), locale: 'nl-NL', javaScriptEnabled: false, storageState: await page.context().storageState() });
    const plain = await noJs.newPage();
    await plain.goto(`${trajectory}/theme`);
    await plain.getByRole('button', { name: 'Een kind krijgen als je nog maar kort in Nederland woont' }).click();
    await plain.getByText('Het voorbeeld staat in het veld Thema.').waitFor();
    expect(await plain.getByLabel('Thema van het spiegelgesprek').inputValue()).toBe('Een kind krijgen als je nog maar kort in Nederland woont');
    await noJs.close();

    // On a small phone the content fits; only the wide table scrolls inside its own container.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Thema en genodigden' }).waitFor();
    const overflow = await page.evaluate(() => {
      const main = document.querySelector('main')!;
      return main.scrollWidth - main.clientWidth;
    });
    expect(overflow).toBeLessThanOrEqual(0);
    await planField(page, 'Welzijn', 'Aantal').fill('1');
    await expectAccessible(page);
  });
});
