// Issue 10 end to end: a coordinator takes the demo's trajectory "Terugkomen in Noord" (mirror
// meeting done, parents Ouder A–E, no board yet) from the follow-up board's vote to a parent's
// reaction and a public "you said, we did" page with a finished action. Every page a person sees
// passes axe; the parent's page is used on a 360 px phone without JavaScript.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, signIn, useBrowser, useFreshOrg } from './fixtures';
import { closedBoard } from './journeys';

/** A person on a 360 × 740 phone, without an account; with JavaScript off unless asked (axe needs it). */
async function phone(browser: Browser, { javaScript = false } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'nl-NL', javaScriptEnabled: javaScript });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  return page;
}

/** axe and no sideways scrolling for a page that needs no JavaScript, checked in a phone that runs the checks' scripts. */
async function expectGoodOnPhone(browser: Browser, path: string) {
  const page = await phone(browser, { javaScript: true });
  await page.goto(path);
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.context().close();
}

describe('step 8 from the board’s vote to “you said, we did” (issue 10)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('closes the vote, adopts and shares the agenda, hears a parent, follows up with a partner, and publishes the result', async () => {
    const stamp = Date.now().toString(36);
    const ideas = {
      contact: { theme: 'Bereikbaar', text: `Eén vast aanspreekpunt ${stamp}`, dots: 6 },
      letters: { theme: 'Taal', text: `Brieven in gewone taal ${stamp}`, dots: 4 },
    };
    const plain = {
      contact: 'U krijgt één vaste persoon. Die belt u als u hulp nodig hebt.',
      letters: 'Brieven van de gemeente worden korter en in gewone woorden.',
    };
    const actionTitle = {
      contact: `Vast spreekuur in het buurthuis ${stamp}`,
      letters: `Brieven nalezen met ouders ${stamp}`,
    };
    const partnerUpdate = 'Het spreekuur is elke dinsdagochtend. Ouders kunnen zonder afspraak binnenlopen.';

    const page = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 900 }, locale: 'nl-NL' }).then((c) => c.newPage());
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const step8 = page.getByTestId('step').filter({ hasText: 'Stap 8' });

    // ── 1. Noord's overview: step 8 waits for the vote.
    await page.goto(`/o/${org.slug}`);
    await page.getByRole('link', { name: 'Terugkomen in Noord' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de stappen' }).waitFor();
    const base = new URL(page.url()).pathname;
    expect(base).toBe(org.trajectories.noord.path);
    expect(await step8.getAttribute('data-state')).toBe('notStarted');
    await step8.getByText('Sluit eerst de stemming van de terugkombijeenkomst af.', { exact: false }).waitFor();
    await expectAccessible(page);

    await closedBoard(page, base, Object.values(ideas));
    await expectAccessible(page);

    // ── 2. The overview now says to adopt the draft; its link leads to the agenda page.
    await page.goto(base);
    expect(await step8.getAttribute('data-state')).toBe('notStarted');
    await step8.getByRole('link', { name: 'Neem het concept van de top 10 over en schrijf elk punt in gewone taal voor de ouders.' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda voor de ouders' }).waitFor();
    await expect
      .poll(() => page.getByTestId('draft-item').allInnerTexts())
      .toEqual([expect.stringContaining(ideas.contact.text), expect.stringContaining(ideas.letters.text)]);
    await expectAccessible(page);

    await page.getByLabel('Waarom neemt u het concept over?').fill('Dit zijn de twee punten met de meeste stippen.');
    await page.getByRole('button', { name: 'Neem over' }).click();
    await page.getByText('Overgenomen. Het staat nu op de agenda.').waitFor();
    await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(2);
    const item = (text: string) => page.getByTestId('agenda-item').filter({ has: page.getByRole('heading', { name: text }) });
    for (const key of ['contact', 'letters'] as const) {
      const card = item(ideas[key].text);
      await card.getByText(`Aanpassen: ${ideas[key].text}`).click();
      await card.getByLabel('Tekst voor ouders', { exact: true }).fill(plain[key]);
      await card.getByLabel('Waarom past u dit aan?').fill('In gewone woorden voor de ouders.');
      await card.getByRole('button', { name: 'Opslaan' }).click();
      await card.getByText('Opgeslagen.').waitFor();
      await card.getByTestId('plain-text').getByText(plain[key]).waitFor();
    }
    await expectAccessible(page);

    await page.getByLabel('Ik heb de agenda nagelezen. De ouders mogen hem nu lezen.').check();
    await page.getByRole('button', { name: 'Deel met de ouders' }).click();
    await page.getByText('De agenda is gedeeld met de ouders.').waitFor();
    await page
      .getByTestId('shared-at')
      .getByText(/^Gedeeld met de ouders op \d{1,2} \w+ \d{4}\.$/)
      .waitFor();
    await expectAccessible(page);

    // ── 3. Reacties van ouders: a personal link for each of the five parents.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: 'Reacties van ouders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reacties van ouders' }).waitFor();
    await page.getByRole('button', { name: 'Maak persoonlijke links' }).click();
    await page.getByText('Er zijn 5 links gemaakt.').waitFor();
    const parentLink = new URL(await page.getByLabel('Eigen link van Ouder A').inputValue()).pathname;
    expect(parentLink).toMatch(/^\/p\/parent\/[\w-]{40,}$/);
    await expectAccessible(page);

    // ── 4. Ouder A on a small phone without JavaScript: one item heard, one with something missing.
    const parent = await phone(browser);
    await parent.goto(parentLink);
    await parent.getByRole('heading', { level: 1, name: 'Wat we hoorden en wat we ermee doen' }).waitFor();
    expect(await parent.locator('script').count()).toBe(0);
    const items = parent.getByTestId('feedback-item');
    expect(await items.count()).toBe(2);
    await items.nth(0).getByText(plain.contact).waitFor();
    await items.nth(1).getByText(plain.letters).waitFor();
    // Nothing done yet, and the page says so honestly.
    await parent.getByTestId('done-item').nth(0).getByText('Hier is nog niets mee gedaan.', { exact: false }).waitFor();
    await items.nth(0).getByLabel('Goed gehoord').check();
    await items.nth(1).getByLabel('Er mist iets').check();
    await items.nth(1).getByLabel('Wilt u iets uitleggen of aanvullen?').fill('Ook de formulieren zijn te moeilijk.');
    await parent.getByRole('button', { name: 'Opslaan' }).click();
    await parent.getByText('Dank u wel! We hebben uw reactie opgeslagen.', { exact: false }).waitFor();
    expect(await items.nth(0).getByLabel('Goed gehoord').isChecked()).toBe(true);
    expect(await items.nth(1).getByLabel('Wilt u iets uitleggen of aanvullen?').inputValue()).toBe('Ook de formulieren zijn te moeilijk.');
    await expectGoodOnPhone(browser, parent.url());

    // ── 5. The workgroup sees the counts, and the comment under the pseudonym only.
    await page.reload();
    const results = page.getByTestId('result');
    await expect.poll(() => results.nth(0).getByTestId('count-heard').locator('td').textContent()).toBe('1');
    expect(await results.nth(0).getByTestId('count-missing').locator('td').textContent()).toBe('0');
    expect(await results.nth(1).getByTestId('count-missing').locator('td').textContent()).toBe('1');
    const comment = results.nth(1).getByTestId('comment');
    await comment.getByText('Ook de formulieren zijn te moeilijk.', { exact: false }).waitFor();
    await comment.getByText('Ouder A', { exact: true }).waitFor();
    await page.getByTestId('parent').filter({ hasText: 'Ouder A' }).getByText('Ja', { exact: true }).first().waitFor();
    await expectAccessible(page);

    // ── 6. Noord has no partners yet: one is added on the partners page, which gives it a personal link.
    await page.goto(`${base}/actions`);
    await page.getByRole('heading', { level: 1, name: 'Veranderagenda' }).waitFor();
    const add = page.getByRole('region', { name: 'Actie toevoegen' });
    expect(await add.getByLabel('Eigenaar (partnerorganisatie)').locator('option').allInnerTexts()).toEqual(['Nog geen eigenaar']);
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: '2 Partners' }).click();
    await page.getByRole('heading', { level: 1, name: 'Partners en intentieverklaring' }).waitFor();
    await page.getByLabel('Naam van de organisatie').fill('Welzijn Noord');
    await page.getByLabel('Domein').selectOption('welfare');
    await page.getByLabel(/^Contactpersoon/).fill('Contactpersoon welzijn');
    await page.getByLabel('E-mailadres van de contactpersoon').fill(`welzijn-${stamp}@noord.test`);
    await page.getByRole('button', { name: 'Partner toevoegen' }).click();
    await page.getByText('De partner is toegevoegd.').waitFor();
    const partnerLink = new URL(await page.getByLabel('Persoonlijke link voor Welzijn Noord').inputValue()).pathname;
    expect(partnerLink).toMatch(/^\/p\/partner\/[\w-]{40,}$/);
    await expectAccessible(page);

    // The change agenda: an action per agenda item, the first owned by the new partner.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: 'Veranderagenda' }).click();
    await page.getByRole('heading', { level: 1, name: 'Veranderagenda' }).waitFor();
    await expectAccessible(page);
    await add.getByLabel('Titel van de actie').fill(actionTitle.contact);
    await add.getByLabel('Agendapunt').selectOption({ label: ideas.contact.text });
    await add.getByLabel('Eigenaar (partnerorganisatie)').selectOption({ label: 'Welzijn Noord' });
    await add.getByLabel('Status').selectOption('planned');
    await add.getByLabel('Volgende stap').fill('Het buurthuis kiest een vaste ochtend.');
    await add.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByText('De actie is toegevoegd.').waitFor();
    const contactAction = page.getByTestId('action').filter({ hasText: actionTitle.contact });
    await contactAction.getByTestId('action-status').getByText('Gepland').waitFor();
    await contactAction.getByText('Welzijn Noord').first().waitFor();

    await add.getByLabel('Titel van de actie').fill(actionTitle.letters);
    await add.getByLabel('Agendapunt').selectOption({ label: ideas.letters.text });
    await add.getByLabel('Status').selectOption('running');
    await add.getByLabel('Volgende stap').fill('Drie ouders lezen de nieuwe brief mee.');
    await add.getByRole('button', { name: 'Actie toevoegen' }).click();
    await page.getByTestId('action').filter({ hasText: actionTitle.letters }).getByTestId('action-status').getByText('Bezig').waitFor();
    await expectAccessible(page);

    // ── 7. The partner, without an account, reports through its own link: done, with evidence.
    const partner = await phone(browser, { javaScript: true });
    await partner.goto(partnerLink);
    await partner.getByRole('heading', { level: 2, name: 'Uw acties' }).waitFor();
    const mine = partner.getByTestId('action').filter({ hasText: actionTitle.contact });
    await mine.getByRole('heading', { name: actionTitle.contact }).waitFor();
    // Only its own action.
    expect(await partner.getByText(actionTitle.letters).count()).toBe(0);
    await expectAccessible(partner);
    await mine.getByLabel('Wat is er gebeurd?').fill(partnerUpdate);
    await mine.getByLabel('Bewijs').fill('https://voorbeeld.nl/spreekuur-noord');
    await mine.getByLabel('Status na deze update').selectOption('done');
    await mine.getByRole('button', { name: 'Update versturen' }).click();
    await partner.getByText('Dank u wel. Uw update is opgeslagen.').waitFor();
    await mine.getByTestId('action-status').getByText('Klaar', { exact: true }).waitFor();
    await expectAccessible(partner);
    await partner.context().close();

    // The workspace shows the update with its evidence.
    await page.reload();
    await contactAction.getByTestId('action-status').getByText('Klaar', { exact: true }).waitFor();
    const entry = contactAction.getByTestId('action-update');
    await entry.getByText(/via partnerlink: Welzijn Noord · Status: Klaar/).waitFor();
    await entry.getByRole('link', { name: 'https://voorbeeld.nl/spreekuur-noord' }).waitFor();

    // ── 8. Ouder A opens the link again: what was done, per item, with the partner's news.
    await parent.goto(parentLink);
    const done = parent.getByTestId('done-item');
    const finished = done.nth(0).getByTestId('done-action');
    await finished.getByText(actionTitle.contact).waitFor();
    await finished.getByText('Klaar', { exact: true }).waitFor();
    await finished.getByText('Wie doet het: Welzijn Noord').waitFor();
    await finished.getByText(partnerUpdate).waitFor();
    const running = done.nth(1).getByTestId('done-action');
    await running.getByText(actionTitle.letters).waitFor();
    await running.getByText('We zijn ermee bezig').waitFor();
    await running.getByText('Volgende stap: Drie ouders lezen de nieuwe brief mee.').waitFor();
    // The answers are kept.
    expect(await items.nth(0).getByLabel('Goed gehoord').isChecked()).toBe(true);
    // No "new since your last visit" mark: a visit within the hour counts as the same visit
    // (app/features/feedback/domain/visits.ts), and this parent was here minutes ago.
    expect(await parent.getByText('Nieuw sinds uw vorige bezoek').count()).toBe(0);
    await expectGoodOnPhone(browser, parentLink);
    await parent.context().close();

    // ── 9. The overview: step 8 is done (shared, a parent reacted, every item has an action).
    await page.goto(base);
    expect(await step8.getAttribute('data-state')).toBe('done');
    await step8.getByText('De agenda is gedeeld: 1 ouder reageerde. 2 acties, 1 klaar.').waitFor();
    await step8.getByRole('link', { name: 'Houd de acties bij. Ouders zien op hun pagina wat er met hun verhaal gebeurt.' }).waitFor();
    await expectAccessible(page);

    // The coordinator publishes the public page from the agenda page.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: '8 Terugkoppeling met ouders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda voor de ouders' }).waitFor();
    await page.getByRole('button', { name: 'Publiceer openbare pagina' }).click();
    await page.getByText('De openbare pagina staat online.').waitFor();
    const publicPage = new URL(await page.getByRole('textbox', { name: 'Link naar de openbare pagina' }).inputValue()).pathname;
    expect(publicPage).toMatch(/^\/p\/agenda\/[\w-]{40,}$/);
    await expectAccessible(page);

    // Anyone with the link, in a fresh browser: "you said, we did" with the finished action, no form, no names.
    const visitor = await phone(browser);
    await visitor.goto(publicPage);
    await visitor.getByRole('heading', { level: 1, name: 'Wat ouders vertelden en wat we ermee doen' }).waitFor();
    const shown = visitor.getByTestId('done-item');
    await shown.nth(0).getByText(plain.contact).waitFor();
    const publicAction = shown.nth(0).getByTestId('done-action');
    await publicAction.getByText(actionTitle.contact).waitFor();
    await publicAction.getByText('Klaar', { exact: true }).waitFor();
    await publicAction.getByText(partnerUpdate).waitFor();
    expect(await visitor.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    expect(await visitor.getByText('Ouder A').count()).toBe(0);
    await visitor.context().close();
    await expectGoodOnPhone(browser, publicPage);
    await page.context().close();
  }, 300_000);
});
