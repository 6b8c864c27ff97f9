import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, newPage, signIn, useBrowser } from './fixtures';

/** Nothing sticks out sideways on a small phone. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('step 1 goal and step 2 partners (S1, S2)', () => {
  const browser = useBrowser();

  it('sets goals, reviews them, and has a partner sign and react through its own link', async () => {
    const suffix = Date.now().toString(36);
    const slug = `stappen-${suffix}`;
    const page = await newPage(browser);
    await signIn(page, `trekker-${suffix}@test.spiegel.local`);

    // A new organisation and trajectory, through the app's own pages.
    await page.goto('/orgs/new');
    await page.getByLabel('Naam van de organisatie').fill(`Coalitie Stappen ${suffix}`);
    await page.getByLabel('Kansrijke Start-coalitie').check();
    await page.getByLabel('Kort adres').fill(slug);
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await page.waitForURL((url) => url.pathname === `/o/${slug}`);
    await page.goto(`/o/${slug}/t/new`);
    await page.getByLabel('Titel').fill('Eerste 1000 dagen');
    await page.getByRole('button', { name: 'Traject aanmaken' }).click();
    await page.waitForURL((url) => /^\/o\/[^/]+\/t\/[0-9a-f-]{36}$/.test(url.pathname));
    const base = new URL(page.url()).pathname;

    // ── Step 1: goals, with a Dutch message for a bad web address and nothing lost.
    await page.goto(`${base}/goal`);
    await page.getByRole('heading', { level: 1, name: 'Doel en strategie' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Doel voor de korte termijn').fill('Ouders voelen zich gehoord.');
    await page.getByLabel('Doel voor de lange termijn').fill('Het aanbod sluit aan bij gezinnen.');
    await page.getByLabel('Stip op de horizon').fill('Ouders zijn vaste partner.');
    await page.getByLabel('Link naar een bestaande visie op opvoeden').fill('visie-document');
    await page.getByRole('button', { name: 'Doelen opslaan' }).click();
    await page.getByText('Vul een volledig webadres in').waitFor();
    expect(await page.getByLabel('Doel voor de korte termijn').inputValue()).toBe('Ouders voelen zich gehoord.');
    await expectAccessible(page);
    await page.getByLabel('Link naar een bestaande visie op opvoeden').fill('https://example.org/visie');
    await page.getByRole('button', { name: 'Doelen opslaan' }).click();
    await page.getByText('De doelen zijn opgeslagen.').waitFor();
    await page.reload();
    expect(await page.getByLabel('Stip op de horizon').inputValue()).toBe('Ouders zijn vaste partner.');

    // A goal review: the date starts at today; the choice is required.
    expect(await page.getByLabel('Datum').inputValue()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByLabel('Datum').fill('2026-03-15');
    await page.getByLabel('Wat is er veranderd?').fill('De wethouder doet nu mee.');
    await page.getByRole('button', { name: 'Terugblik opslaan' }).click();
    await page.getByText('Maak een keuze.').waitFor();
    expect(await page.getByLabel('Wat is er veranderd?').inputValue()).toBe('De wethouder doet nu mee.');
    await page.getByLabel('Ja').check();
    await page.getByRole('button', { name: 'Terugblik opslaan' }).click();
    const review = page.getByTestId('goal-review');
    await review.getByText('Teruggekeken op 15 maart 2026').waitFor();
    await review.getByText('De wethouder doet nu mee.').waitFor();
    await review.getByText('Het doel past nog').waitFor();
    expect(await page.getByLabel('Wat is er veranderd?').inputValue()).toBe('');
    await expectAccessible(page);

    // ── Step 2: a partner, the statement of intent and a statement.
    await page.goto(`${base}/partners`);
    await page.getByRole('heading', { level: 1, name: 'Partners en intentieverklaring' }).waitFor();
    await page.getByText('Nodig ook de wethouder uit').waitFor();
    await expectAccessible(page);

    await page.getByLabel('E-mailadres van de contactpersoon').fill('sanne@welzijn');
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByText('Vul dit veld in.').waitFor();
    await page.getByText('Maak een keuze.').waitFor();
    await page.getByText('Vul een geldig e-mailadres in').waitFor();
    expect(await page.getByLabel('E-mailadres van de contactpersoon').inputValue()).toBe('sanne@welzijn');
    await expectAccessible(page);

    const contact = `sanne-${suffix}@welzijn.test`;
    await page.getByLabel('Naam van de organisatie').fill('Welzijn Oost');
    await page.getByLabel('Domein').selectOption('welfare');
    await page.getByLabel(/^Contactpersoon/).fill('Sanne Bakker');
    await page.getByLabel('E-mailadres van de contactpersoon').fill(contact);
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByText('De partner is toegevoegd.').waitFor();
    await page.getByTestId('partner').getByRole('heading', { name: 'Welzijn Oost' }).waitFor();
    // Welfare is there now; policy is still missing.
    expect(await page.getByText('geen partner uit welzijn').count()).toBe(0);
    await page.getByText('Nodig ook de wethouder uit').waitFor();

    // The starting text is offered; saving it makes signing possible.
    expect(await page.getByLabel('Tekst van de intentieverklaring').inputValue()).toContain('Eerste 1000 dagen');
    await page.getByRole('button', { name: 'Intentieverklaring opslaan' }).click();
    await page.getByText('De intentieverklaring is opgeslagen.').waitFor();

    await page.getByLabel('Stelling', { exact: true }).fill('Ouders weten goed waar zij terechtkunnen.');
    await page.getByRole('button', { name: 'Stelling toevoegen' }).click();
    await page.getByText('De stelling is toegevoegd.').waitFor();
    await page.getByTestId('statement').getByText('Nog geen reacties.').waitFor();

    const link = await page.getByLabel('Persoonlijke link voor Welzijn Oost').inputValue();
    expect(link).toMatch(/\/p\/partner\/[\w-]{40,}$/);
    await page.getByRole('button', { name: 'Link mailen' }).click();
    await page.getByText(`De link is gemaild naar ${contact}.`).waitFor();
    expect(await page.getByTestId('partner-signature').getByText('Nog niet getekend').count()).toBe(1);
    await expectAccessible(page);

    // ── The partner, not signed in, on a phone. axe needs JavaScript in the page, so this
    // first visit has it; the signing itself happens below with JavaScript switched off.
    const visitor = await newPage(browser, { width: 360 });
    await visitor.goto(new URL(link).pathname);
    await visitor.getByRole('heading', { level: 1, name: 'Intentieverklaring' }).waitFor();
    await visitor.getByText('Wij spreken af dat wij:').waitFor();
    expect(await visitor.getByLabel('Uw organisatie').inputValue()).toBe('Welzijn Oost');
    await expectNoSidewaysScroll(visitor);
    await expectAccessible(visitor);
    await visitor.getByLabel('Uw naam').fill('Sanne Bakker');
    await visitor.getByRole('button', { name: 'Ondertekenen' }).click();
    await visitor.getByText('Zet een vinkje als u wilt ondertekenen.').waitFor();
    expect(await visitor.getByLabel('Uw naam').inputValue()).toBe('Sanne Bakker');
    await expectAccessible(visitor);

    const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 800 }, locale: 'nl-NL', javaScriptEnabled: false });
    const partner = await context.newPage();
    await partner.goto(new URL(link).pathname);
    await partner.getByLabel('Uw naam').fill('Sanne Bakker');
    await partner.getByRole('button', { name: 'Ondertekenen' }).click();
    await partner.getByText('Zet een vinkje als u wilt ondertekenen.').waitFor();
    expect(await partner.getByLabel('Uw naam').inputValue()).toBe('Sanne Bakker');
    await partner.getByLabel('Ik onderteken deze intentieverklaring namens mijn organisatie').check();
    await partner.getByRole('button', { name: 'Ondertekenen' }).click();
    await partner.getByText('Dank u wel. De intentieverklaring is ondertekend.').waitFor();
    await partner.getByText(/^Getekend door Sanne Bakker \(Welzijn Oost\) op \d+ \w+ \d{4}$/).waitFor();
    expect(await partner.getByRole('button', { name: 'Ondertekenen' }).count()).toBe(0);

    const statement = partner.getByTestId('statement');
    await statement.getByLabel('Oneens').check();
    await statement.getByLabel('Toelichting').fill('Niet in onze wijk.');
    await statement.getByRole('button', { name: 'Antwoord opslaan' }).click();
    await partner.getByText('Uw antwoord is opgeslagen.').waitFor();
    expect(await partner.getByTestId('statement').getByLabel('Oneens').isChecked()).toBe(true);
    await expectNoSidewaysScroll(partner);
    await context.close();

    // The first visitor's page, reloaded: the signature, and no second sign form.
    await visitor.reload();
    await visitor.getByText(/^Getekend door Sanne Bakker/).waitFor();
    expect(await visitor.getByRole('button', { name: 'Ondertekenen' }).count()).toBe(0);
    await expectAccessible(visitor);

    // An unknown link is a plain 404 page.
    await visitor.goto('/p/partner/bestaat-niet-bestaat-niet-bestaat-niet');
    await visitor.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
    await expectAccessible(visitor);

    // ── Back in the workspace: the signature and the reaction are there.
    await page.reload();
    await page
      .getByTestId('partner-signature')
      .getByText(/Getekend door Sanne Bakker \(Welzijn Oost\) op/)
      .waitFor();
    const counted = page.getByTestId('statement');
    await counted.getByText('0 eens · 1 oneens · 0 weet niet').waitFor();
    await counted.getByText('Niet in onze wijk.').waitFor();
    await expectAccessible(page);
  });
});
