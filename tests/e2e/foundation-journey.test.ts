// The foundation's one end-to-end journey, as a coordinator would do it: sign in, found an
// organisation, bring in a colleague, start a trajectory, fill steps 1 to 4 and see the overview
// follow. An outsider who knows the URLs sees only the 404 page.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { acceptInvitationAs, expectAccessible, linkFromOutbox, newPage, signIn, useBrowser } from './fixtures';

/** Sign in through the outbox link, with an axe check on every page on the way. */
async function signInChecked(page: Page, email: string) {
  await page.goto('/login');
  await page.getByRole('heading', { level: 1 }).waitFor();
  await expectAccessible(page);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await page.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor();
  await expectAccessible(page);
  const link = await linkFromOutbox(page, email, '/login/confirm');
  await expectAccessible(page);
  await page.goto(link);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/** A step card on the overview, found by its heading as the user reads it. */
const stepCard = (page: Page, heading: string) => page.getByTestId('step').filter({ has: page.getByRole('heading', { level: 2, name: heading }) });

const STEP_HEADINGS = ['Stap 1: Doel en strategie', 'Stap 2: Partners verbinden', 'Stap 3: Werkgroep', 'Stap 4: Thema, ouders en toehoorders'] as const;

/** The "Stand: …" line of steps 1 to 4, as shown. */
async function visibleStates(page: Page): Promise<string[]> {
  return Promise.all(
    STEP_HEADINGS.map(async (h) =>
      (
        (await stepCard(page, h)
          .getByText(/^Stand:/)
          .textContent()) ?? ''
      )
        .replace(/\s+/g, ' ')
        .trim(),
    ),
  );
}

/** A field in the listener-plan table, named by its row (category) and column. */
const planField = (page: Page, category: string) => page.getByRole('textbox', { name: `${category} Aantal`, exact: true });

describe('foundation journey', () => {
  const browser = useBrowser();

  it('a coordinator founds an organisation, brings in a colleague and fills steps 1 to 4; an outsider sees nothing', async () => {
    const suffix = `${Date.now().toString(36)}`;
    const coordinator = `coordinator-${suffix}@test.spiegel.local`;
    const colleague = `beleid-${suffix}@test.spiegel.local`;
    const outsider = `buitenstaander-${suffix}@test.spiegel.local`;
    const orgName = `Gemeente Reisdorp ${suffix}`;
    const slug = `reisdorp-${suffix}`;

    // ── 1. A new person signs in and lands on "new organisation".
    const page = await newPage(browser, { width: 1024 });
    await signInChecked(page, coordinator);
    await expect.poll(() => new URL(page.url()).pathname).toBe('/orgs/new');

    // ── 2. An organisation and a neighbourhood.
    await page.getByRole('heading', { level: 1, name: 'Nieuwe organisatie' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Naam van de organisatie').fill(orgName);
    await page.getByLabel('Gemeente').check();
    await page.getByLabel('Kort adres').fill(slug);
    await page.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await page.waitForURL((url) => url.pathname === `/o/${slug}`);
    await page.getByTestId('org-name').getByText(orgName).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Nog geen trajecten' }).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Organisatie-instellingen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Organisatie-instellingen' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Naam', { exact: true }).fill('Wijk Oost');
    await page.getByLabel('Wijk', { exact: true }).check();
    await page.getByRole('button', { name: 'Team of wijk toevoegen' }).click();
    await page.getByText('Wijk Oost is toegevoegd.').waitFor();
    await page.getByTestId('team').filter({ hasText: 'Wijk Oost' }).waitFor();

    // ── 3. Invite a colleague as a plain member.
    await page.getByLabel('E-mailadres').fill(colleague);
    await page.getByLabel('Rol', { exact: true }).selectOption('member');
    await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
    await page.getByText(`De uitnodiging is verstuurd naar ${colleague}.`).waitFor();
    await page.getByTestId('invitation').filter({ hasText: colleague }).waitFor();
    await expectAccessible(page);

    // The colleague, on a phone in their own browser, accepts from the mail.
    const second = await newPage(browser, { width: 360 });
    const invitation = await linkFromOutbox(second, colleague, '/invite/');
    await expectAccessible(second);
    await second.goto(invitation);
    await second.getByRole('heading', { level: 1, name: `Uitnodiging voor ${orgName}` }).waitFor();
    await second.getByText('als lid').waitFor();
    await expectAccessible(second);
    await acceptInvitationAs(second, invitation, colleague);
    await second.waitForURL((url) => url.pathname === `/o/${slug}`);
    await second.getByTestId('org-name').getByText(orgName).waitFor();
    await second.getByText('Uw rol: lid').waitFor();
    await expectAccessible(second);

    // Signing out and in again with an ordinary sign-in link brings them back to the organisation.
    await second.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await second.waitForURL((url) => url.pathname === '/login');
    await signInChecked(second, colleague);
    await expect.poll(() => new URL(second.url()).pathname).toBe(`/o/${slug}`);
    await second.getByTestId('org-name').getByText(orgName).waitFor();
    await second.getByText('Uw rol: lid').waitFor();
    await expectAccessible(second);

    // ── 4. The coordinator starts a trajectory in the neighbourhood.
    await page.getByRole('link', { name: 'Trajecten', exact: true }).click();
    await page.getByRole('link', { name: 'Nieuw traject' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nieuw traject' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Titel').fill('Opgroeien in Oost');
    await page.getByLabel('Team of wijk').selectOption({ label: 'Wijk Oost (wijk)' });
    await page.getByRole('button', { name: 'Traject aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de stappen' }).waitFor();
    const trajectory = new URL(page.url()).pathname;
    expect(trajectory).toMatch(new RegExp(`^/o/${slug}/t/[0-9a-f-]{36}$`));
    const header = page.getByTestId('trajectory-header');
    await header.getByText('Opgroeien in Oost').waitFor();
    await header.getByText('Team of wijk: Wijk Oost (wijk)').waitFor();
    // Nothing filled in yet; only the workgroup has begun, because its creator became the lead.
    expect(await visibleStates(page)).toEqual(['Stand: Nog niet begonnen', 'Stand: Nog niet begonnen', 'Stand: Bezig', 'Stand: Nog niet begonnen']);
    await page.getByText('0 van de 8 stappen zijn klaar.').waitFor();
    await stepCard(page, STEP_HEADINGS[0]).getByText('Er is nog geen doel opgeschreven.').waitFor();
    await stepCard(page, STEP_HEADINGS[1]).getByText('Er zijn nog geen partners toegevoegd.').waitFor();
    await stepCard(page, STEP_HEADINGS[2]).getByRole('link', { name: 'Vraag iemand van beleid in de werkgroep.' }).waitFor();
    await stepCard(page, STEP_HEADINGS[3]).getByText('Er is nog geen thema gekozen.').waitFor();
    await expectAccessible(page);

    // ── 5. Step 1: goals and a look back at them.
    await stepCard(page, STEP_HEADINGS[0]).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Doel en strategie' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Doel voor de korte termijn').fill('Ouders in Oost weten waar zij met vragen terechtkunnen.');
    await page.getByLabel('Doel voor de lange termijn').fill('Het aanbod in de wijk past bij wat gezinnen nodig hebben.');
    await page.getByLabel('Stip op de horizon').fill('Ouders denken vanzelf mee over nieuw beleid.');
    await page.getByRole('button', { name: 'Doelen opslaan' }).click();
    await page.getByText('De doelen zijn opgeslagen.').waitFor();
    await page.getByLabel('Datum').fill('2026-01-20');
    await page.getByLabel('Ja', { exact: true }).check();
    await page.getByLabel('Wat is er veranderd?').fill('Het consultatiebureau doet mee.');
    await page.getByRole('button', { name: 'Terugblik opslaan' }).click();
    await page.getByTestId('goal-review').getByText('Teruggekeken op 20 januari 2026').waitFor();
    await expectAccessible(page);

    // Step 2: a partner (not signed yet) and a statement.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: '2 Partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners en intentieverklaring' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Naam van de organisatie').fill('Buurtwerk Oost');
    await page.getByLabel('Domein').selectOption('welfare');
    await page.getByLabel(/^Contactpersoon/).fill('Fatima El Amrani');
    await page.getByLabel('E-mailadres van de contactpersoon').fill(`fatima-${suffix}@buurtwerk.test`);
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByText('De partner is toegevoegd.').waitFor();
    await page.getByTestId('partner').getByRole('heading', { name: 'Buurtwerk Oost' }).waitFor();
    await page.getByLabel('Stelling', { exact: true }).fill('Ouders vinden makkelijk de weg naar hulp in de wijk.');
    await page.getByRole('button', { name: 'Stelling toevoegen' }).click();
    await page.getByText('De stelling is toegevoegd.').waitFor();
    await page.getByTestId('partner-signature').getByText('Nog niet getekend').waitFor();
    await expectAccessible(page);

    // Step 3: the colleague joins the workgroup for policy; a first preparatory meeting.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: '3 Werkgroep' }).click();
    await page.getByRole('heading', { level: 1, name: 'Werkgroep' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Persoon', { exact: true }).selectOption({ label: colleague });
    await page.getByLabel('Rol in de werkgroep').selectOption({ label: 'Beleidsmedewerker' });
    await page.getByRole('button', { name: 'Toevoegen aan de werkgroep' }).click();
    await page.getByText('De werkgroep is bijgewerkt.').waitFor();
    await page.getByTestId('workgroup-members').getByText('Beleidsmedewerker', { exact: true }).waitFor();
    const advice = page.getByTestId('workgroup-advice');
    await advice.getByText('Er is nog geen oudercontactpersoon.', { exact: false }).waitFor();
    expect(await advice.getByText('Er zit nog niemand van beleid in de werkgroep.', { exact: false }).count()).toBe(0);
    const addMeeting = page.locator('form', { has: page.getByRole('button', { name: 'Bijeenkomst toevoegen' }) });
    await addMeeting.getByLabel('Datum').fill('2026-01-13');
    await addMeeting.getByLabel('Agenda').fill('Kennismaken en de planning bespreken');
    await addMeeting.getByRole('button', { name: 'Bijeenkomst toevoegen' }).click();
    await page.getByText('De bijeenkomst is toegevoegd.').waitFor();
    await page.getByTestId('prep-meeting').getByText('Bijeenkomst 1: 13 januari 2026').waitFor();
    await expectAccessible(page);

    // Step 4: theme, a profile criterion and a listener plan that covers what the method asks.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: '4 Thema en genodigden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Thema en genodigden' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Thema van het spiegelgesprek').fill('Opgroeien in Oost: wat helpt ouders?');
    await page.getByRole('button', { name: 'Thema opslaan' }).click();
    await page.getByText('Het thema is opgeslagen.').waitFor();
    await page.getByLabel('Leeftijd van de kinderen').fill('0 tot 4 jaar');
    await page.getByRole('button', { name: 'Profiel opslaan' }).click();
    await page.getByText('Het profiel is opgeslagen.').waitFor();
    await page.getByTestId('coverage-advice').waitFor();
    await planField(page, 'Welzijn').fill('2');
    await planField(page, 'Opbouwwerk').fill('1');
    await planField(page, 'Ervaringsdeskundige ouder').fill('1');
    await page.getByRole('button', { name: 'Toehoorders opslaan' }).click();
    await page.getByText('De toehoorders zijn opgeslagen.').waitFor();
    await page.getByTestId('coverage-advice').waitFor({ state: 'detached' });
    await expect.poll(() => page.getByTestId('plan-total').textContent()).toBe('Gepland: 4 toehoorders. Doel voor de spiegelbijeenkomst: 35.');
    await expectAccessible(page);

    // ── 6. The overview follows what was done.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de stappen' }).waitFor();
    await page.getByText('2 van de 8 stappen zijn klaar.').waitFor();
    // Step 2 waits for the partner's signature; step 3 still lacks a parent contact and is small.
    expect(await visibleStates(page)).toEqual(['Stand: Klaar', 'Stand: Bezig', 'Stand: Bezig', 'Stand: Klaar']);
    await stepCard(page, STEP_HEADINGS[0]).getByText('3 van de 3 doelen ingevuld; 1 terugblik op het doel.').waitFor();
    await stepCard(page, STEP_HEADINGS[1]).getByText('1 partner, 0 ondertekend; 1 stelling.').waitFor();
    await stepCard(page, STEP_HEADINGS[1])
      .getByRole('link', { name: 'Vraag de partners die nog niet hebben getekend om de intentieverklaring te ondertekenen.' })
      .waitFor();
    await stepCard(page, STEP_HEADINGS[2]).getByText('2 mensen in de werkgroep; 1 overleg gehouden.').waitFor();
    await stepCard(page, STEP_HEADINGS[2]).getByRole('link', { name: 'Vraag iemand in de werkgroep die makkelijk contact legt met ouders.' }).waitFor();
    await stepCard(page, STEP_HEADINGS[3]).getByText('Thema: Opgroeien in Oost: wat helpt ouders? 4 toehoorders gepland (doel: 35).').waitFor();
    await expectAccessible(page);

    // ── 7. An outsider with an organisation of their own sees only the 404 page.
    const stranger = await newPage(browser, { width: 1024 });
    await signIn(stranger, outsider);
    await stranger.getByLabel('Naam van de organisatie').fill(`Andere gemeente ${suffix}`);
    await stranger.getByLabel('Gemeente').check();
    await stranger.getByLabel('Kort adres').fill(`andere-${suffix}`);
    await stranger.getByRole('button', { name: 'Organisatie aanmaken' }).click();
    await stranger.waitForURL((url) => url.pathname === `/o/andere-${suffix}`);
    for (const url of [trajectory, `${trajectory}/goal`]) {
      const response = await stranger.goto(url);
      expect(response?.status(), url).toBe(404);
      await stranger.getByRole('heading', { level: 1, name: 'Deze pagina bestaat niet' }).waitFor();
      expect(await stranger.getByText('Opgroeien in Oost').count()).toBe(0);
      await expectAccessible(stranger);
    }
  });
});
