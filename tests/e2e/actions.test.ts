// The change agenda followed up (S8b): the coordinator makes an action with an owner, the owner
// updates it through the personal partner link without an account, and the coordinator's page and
// the coalition's overview show it. The actions are made without an agenda item, so the journey
// does not depend on the demo's agenda (grouping under items is covered by the integration tests);
// it asserts its own actions, whatever else the demo holds.
import { describe, expect, it } from 'vitest';
import { asCoordinator, baseUrl, expectAccessible, useBrowser, useFreshOrg } from './fixtures';

describe('actions on the change agenda (S8b)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('coordinator assigns an action, the partner reports it done through its link, the overviews show it', async () => {
    const { page, base } = await asCoordinator(browser, org);

    // ── The trajectory's change agenda, reached from the step navigation.
    await page.goto(base);
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: 'Veranderagenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Veranderagenda' }).waitFor();
    await expectAccessible(page);

    // Stopping needs a reason: said next to the field, with what was typed kept.
    const add = page.getByRole('region', { name: 'Actie toevoegen' });
    await add.getByLabel('Titel van de actie').fill('Folder over de inloopochtend in gewone taal');
    await add.getByLabel('Status').selectOption('stopped');
    await add.getByRole('button', { name: 'Actie toevoegen' }).click();
    await add.getByText('Schrijf op waarom de actie stopt. Ouders willen weten waarom.').waitFor();
    expect(await add.getByLabel('Titel van de actie').inputValue()).toBe('Folder over de inloopochtend in gewone taal');
    await expectAccessible(page);

    await add.getByLabel('Status').selectOption('planned');
    await add.getByLabel('Eigenaar (partnerorganisatie)').selectOption({ label: 'Welzijn De Schans' });
    await add.getByLabel('Contactpersoon bij de eigenaar').fill('Ahmed Bouzid');
    await add.getByLabel('Deadline').fill('2099-06-30');
    await add.getByLabel('Volgende stap').fill('Ouders lezen de folder mee voordat hij gedrukt wordt.');
    await add.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByText('De actie is toegevoegd.').waitFor();
    const card = page.getByTestId('action').filter({ hasText: 'Folder over de inloopochtend' });
    await card.getByText('Welzijn De Schans (Ahmed Bouzid)').waitFor();
    await card.getByText('30 juni 2099').waitFor();
    await card.getByText('Nog geen updates.').waitFor();

    // A second action, already late, to filter on in the overview.
    await add.getByLabel('Titel van de actie').fill('Vaste contactpersoon op het consultatiebureau');
    await add.getByLabel('Status').selectOption('running');
    await add.getByLabel('Deadline').fill('2020-01-15');
    await add.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByTestId('action').filter({ hasText: 'Vaste contactpersoon' }).getByTestId('action-status').getByText('Te laat').waitFor();
    await expectAccessible(page);

    // ── The owner's personal link, from the partners page.
    await page.goto(`${base}/partners`);
    const link = new URL(await page.getByLabel('Persoonlijke link voor Welzijn De Schans').inputValue()).pathname;

    // The partner on a phone, not signed in. axe needs JavaScript in the page: this visit has it.
    const visitor = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 800 }, locale: 'nl-NL' });
    const look = await visitor.newPage();
    await look.goto(link);
    // An owner of actions finds them first, under a title that says so.
    await look.getByRole('heading', { level: 1, name: 'Uw acties en de intentieverklaring' }).waitFor();
    await look.getByRole('heading', { level: 2, name: 'Uw acties' }).waitFor();
    await look.getByTestId('action').getByRole('heading', { name: 'Folder over de inloopochtend in gewone taal' }).waitFor();
    // Only the actions this partner owns: the late one has no owner.
    expect(await look.getByText('Vaste contactpersoon op het consultatiebureau').count()).toBe(0);
    // Nothing sticks out sideways on a small phone.
    expect(await look.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(look);
    await visitor.close();

    // The update itself, with JavaScript switched off: plain forms.
    const noScript = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 800 }, locale: 'nl-NL', javaScriptEnabled: false });
    const partner = await noScript.newPage();
    await partner.goto(link);
    const mine = partner.getByTestId('action').filter({ hasText: 'Folder over de inloopochtend in gewone taal' });
    await mine.getByLabel('Wat is er gebeurd?').fill('Gedrukt. Bel 06-12345678 voor meer folders.');
    await mine.getByLabel('Bewijs').fill('https://voorbeeld.nl/folder.pdf');
    await mine.getByLabel('Status na deze update').selectOption('done');
    await mine.getByRole('button', { name: 'Update versturen' }).click();
    await partner.getByText('Hier lijkt een naam, telefoonnummer, e-mailadres of adres te staan.').waitFor();
    expect(await mine.getByLabel('Wat is er gebeurd?').inputValue()).toBe('Gedrukt. Bel 06-12345678 voor meer folders.');
    await mine.getByLabel('Wat is er gebeurd?').fill('Gedrukt en uitgedeeld op de inloopochtend. Ouders lazen mee.');
    await mine.getByRole('button', { name: 'Update versturen' }).click();
    await partner.getByText('Dank u wel. Uw update is opgeslagen.').waitFor();
    // The answer opens at the action, where the message is.
    expect(new URL(partner.url()).hash).toMatch(/^#action-[0-9a-f-]{36}$/);
    await mine.getByTestId('action-status').getByText('Klaar', { exact: true }).waitFor();
    await mine
      .getByTestId('action-update')
      .getByText(/via partnerlink: Welzijn De Schans/)
      .waitFor();
    expect(await partner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await noScript.close();

    // ── Back in the workspace: the status and the update with its evidence.
    await page.goto(`${base}/actions`);
    const updated = page.getByTestId('action').filter({ hasText: 'Folder over de inloopochtend' });
    await updated.getByTestId('action-status').getByText('Klaar', { exact: true }).waitFor();
    const entry = updated.getByTestId('action-update');
    await entry.getByText(/via partnerlink: Welzijn De Schans · Status: Klaar/).waitFor();
    await entry.getByText('Gedrukt en uitgedeeld op de inloopochtend. Ouders lazen mee.').waitFor();
    await entry.getByRole('link', { name: 'https://voorbeeld.nl/folder.pdf' }).waitFor();
    await expectAccessible(page);

    // ── The coalition's overview, from the organisation's navigation.
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Acties' }).click();
    await page.getByRole('heading', { level: 1, name: 'Acties van de coalitie' }).waitFor();
    const rows = page.getByTestId('org-action');
    const folder = rows.filter({ hasText: 'Folder over de inloopochtend in gewone taal' });
    const contact = rows.filter({ hasText: 'Vaste contactpersoon op het consultatiebureau' });
    await folder.getByTestId('action-status').getByText('Klaar').waitFor();
    await contact.getByTestId('action-status').getByText('Te laat').waitFor();
    await page.getByText(/^Waarvan te laat: [1-9]\d*$/).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Alleen acties die te laat zijn').check();
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL((url) => url.searchParams.get('overdue') === 'on');
    await page.getByText(/^\d+ acties? gevonden\.$/).waitFor();
    await contact.waitFor();
    expect(await folder.count()).toBe(0);
    // Every row left is late.
    expect(await rows.count()).toBe(await rows.getByTestId('action-status').getByText('Te laat').count());

    await page.getByRole('link', { name: 'Filters wissen' }).click();
    await page.waitForURL((url) => url.search === '');
    await page.getByText(/acties? gevonden/).waitFor({ state: 'detached' });
    await page.getByLabel('Status', { exact: true }).selectOption('done');
    await page.getByLabel('Partner').selectOption('Welzijn De Schans');
    await page.getByRole('button', { name: 'Filter toepassen' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'done');
    await page.getByText(/^\d+ acties? gevonden\.$/).waitFor();
    await folder.getByRole('link', { name: 'Folder over de inloopochtend in gewone taal' }).waitFor();
    expect(await contact.count()).toBe(0);
    await expectAccessible(page);
  });
});
