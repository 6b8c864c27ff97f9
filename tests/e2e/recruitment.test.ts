// S5d: the lead recruits participants in the demo trajectory; a workgroup member sees only pseudonyms.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';

async function openParticipants(page: Page, orgSlug: string): Promise<string> {
  await page.goto(`/o/${orgSlug}`);
  await page.getByRole('link', { name: 'Opgroeien in De Schans' }).first().click();
  await page.waitForURL((url) => new RegExp(`^/o/${orgSlug}/t/[0-9a-f-]{36}$`).test(url.pathname));
  const trajectory = new URL(page.url()).pathname;
  await page.goto(`${trajectory}/participants`);
  await page.getByRole('heading', { level: 1, name: 'Deelnemers werven' }).waitFor();
  return trajectory;
}

describe('recruiting participants (S5d)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('adds participants, moves one to confirmed with a pseudonym, and shows others only pseudonyms', async () => {
    const stamp = Date.now().toString(36);
    const amira = `Amira ${stamp}`;
    const bram = `Bram ${stamp}`;
    const school = `Basisschool De Regenboog ${stamp}`;
    const clinic = `Consultatiebureau Zuid ${stamp}`;
    const page = await newPage(browser);
    await signIn(page, org.people.coordinator.email);
    const trajectory = await openParticipants(page, org.slug);
    await expectAccessible(page);

    // Nobody reachable: a Dutch message next to the field, the name stays.
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Deelnemer toevoegen' }) });
    await form.getByLabel('Voornaam of roepnaam').fill(amira);
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await form.getByText('Vul een telefoonnummer of e-mailadres in, of kies bellen via de contactpersoon.').waitFor();
    expect(await form.getByLabel('Voornaam of roepnaam').inputValue()).toBe(amira);
    await expectAccessible(page);

    // Two parents met at different places.
    await form.getByLabel('Telefoonnummer').fill('06 1122 3344');
    await form.getByLabel('Soort plek').selectOption({ label: 'School of schoolplein' });
    await form.getByLabel('Naam van de plek').fill(school);
    await form.getByLabel('Tolk nodig in de taal').fill('Arabisch');
    await form.getByLabel('Kinderopvang').check();
    await form.getByLabel('Afgesproken vergoeding').fill('Cadeaubon 25 euro');
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText(`${amira} is toegevoegd.`).waitFor();
    await expect.poll(() => form.getByLabel('Voornaam of roepnaam').inputValue()).toBe('');

    await form.getByLabel('Voornaam of roepnaam').fill(bram);
    await form.getByLabel('Geen eigen telefoon of e-mail: bellen via de contactpersoon').check();
    await form.getByLabel('Soort plek').selectOption({ label: 'Consultatiebureau' });
    await form.getByLabel('Naam van de plek').fill(clinic);
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText(`${bram} is toegevoegd.`).waitFor();

    const card = page.getByTestId('participant').filter({ hasText: amira });
    await card.getByText('Tolk: Arabisch').waitFor();
    await card.getByText('Nog geen schuilnaam').waitFor();
    await page.getByTestId('status-approached').getByText(amira, { exact: true }).waitFor();

    // Through the pipeline: a pseudonym at registration.
    await page.getByRole('button', { name: `Naar geïnteresseerd: ${amira}` }).click();
    await page.getByText('De stap is gewijzigd naar "Geïnteresseerd".').waitFor();
    await page.getByRole('button', { name: `Naar aangemeld: ${amira}` }).click();
    const registered = page.getByText(/De schuilnaam is Ouder [A-Z]+\./);
    await registered.waitFor();
    const pseudonym = (await registered.textContent())!.match(/Ouder [A-Z]+/)![0];
    await card.getByText(`Schuilnaam: ${pseudonym}`).waitFor();
    await page.getByRole('button', { name: `Naar bevestigd: ${amira}` }).click();
    await page.getByTestId('status-confirmed').getByText(amira, { exact: true }).waitFor();
    await card.getByText(`Schuilnaam: ${pseudonym}`).waitFor();
    await expectAccessible(page);

    // Counts: per place, and against the target of 5 to 8 (other journeys may have added people).
    const places = page.getByTestId('place-counts');
    await places.getByText(`${school}: 1`).waitFor();
    await places.getByText(`${clinic}: 1`).waitFor();
    const target = (await page.getByTestId('target-count').textContent())!;
    expect(target).toMatch(/zich aangemeld\. Het doel is 5 tot 8 deelnemers\.$/);
    const count = Number(target.match(/^(\d+)/)?.[1] ?? 0);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(await page.getByTestId('warning-belowMin').count()).toBe(count < 5 ? 1 : 0);

    // The detail page: consent recorded when ticked.
    await card.getByRole('link', { name: `Alle gegevens van ${amira}` }).click();
    await page.getByRole('heading', { level: 1, name: `Deelnemer: ${amira}` }).waitFor();
    expect(await page.getByTestId('consent-state').textContent()).toBe('Nog geen toestemming');
    await page.getByLabel('Deze persoon geeft toestemming om deze gegevens te bewaren').check();
    await page.getByLabel('Wensen voor eten').fill('Halal');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('Opgeslagen.').waitFor();
    await expect.poll(() => page.getByTestId('consent-state').textContent()).toMatch(/^Toestemming gegeven op \d+ \w+ 20\d\d om \d\d:\d\d$/);
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Terug naar alle deelnemers' }).click();
    await page.getByTestId('participant').filter({ hasText: amira }).getByText('Eten: Halal').waitFor();

    // At 360 px the grouped lists fit without sideways scrolling.
    const small = await newPage(browser, { width: 360 });
    await signIn(small, org.people.coordinator.email);
    await small.goto(`${trajectory}/participants`);
    await small.getByTestId('participant').filter({ hasText: amira }).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(small);

    // A workgroup member sees numbers and pseudonyms, never names; the detail page is closed.
    const member = await newPage(browser);
    await signIn(member, org.people.youthHealth.email);
    await openParticipants(member, org.slug);
    await member.getByTestId('pseudonym-list').getByText(`${pseudonym} (Ouder), Bevestigd`).waitFor();
    const text = await member.locator('main').textContent();
    for (const secret of [amira, bram, school, clinic, '06 1122 3344', 'Arabisch']) expect(text).not.toContain(secret);
    expect(await member.getByRole('button', { name: 'Deelnemer toevoegen' }).count()).toBe(0);
    await expectAccessible(member);
    const pid = (await card.getByRole('link', { name: `Alle gegevens van ${amira}` }).getAttribute('href'))!;
    const response = await member.goto(pid);
    expect(response?.status()).toBe(403);
    expect(await member.locator('main').textContent()).not.toContain(amira);
    await expectAccessible(member);
  });
});
