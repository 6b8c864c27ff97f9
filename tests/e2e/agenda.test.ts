// Step 8 (S8a): the workgroup turns the board's draft into the agenda for the parents: adopt,
// plain language with the B1 check, a merge with its reason, an Arabic translation, sharing,
// the public page with its QR code, and the A3 poster. Also on a 360 px phone.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { asCoordinator, baseUrl, expectAccessible, signIn, useBrowser, useFreshOrg } from './fixtures';
import { closedBoard } from './journeys';

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('the agenda for the parents (S8a)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('adopts the draft, rewrites and merges items with reasons, translates into Arabic, shares, publishes and prints the poster', async () => {
    const stamp = Date.now().toString(36);
    const ideas = {
      contact: { theme: 'Toegang', text: `Eén vast aanspreekpunt ${stamp}`, dots: 7 },
      honest: { theme: 'Toegang', text: `Eerlijk zeggen hoe lang het duurt ${stamp}`, dots: 5 },
      letters: { theme: 'Taal', text: `Brieven in gewone taal ${stamp}`, dots: 3 },
    };
    const { page } = await asCoordinator(browser, org, { width: 1280 });
    page.setDefaultTimeout(20_000);

    // ── A trajectory of its own whose follow-up board is closed: its top ideas are the draft.
    await page.goto(`/o/${org.slug}/t/new`);
    await page.getByLabel('Titel').fill(`Terugkoppeling ${stamp}`);
    await page.getByRole('button', { name: 'Traject aanmaken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht van de stappen' }).waitFor();
    const base = new URL(page.url()).pathname;
    await closedBoard(page, base, Object.values(ideas));

    // ── Step 8 in the step navigation: the board's draft, ranked, with dots and themes.
    await page.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: '8 Terugkoppeling met ouders' }).click();
    await page.getByRole('heading', { level: 1, name: 'Agenda voor de ouders' }).waitFor();
    const draft = page.getByTestId('draft-item');
    await expect
      .poll(() => draft.allInnerTexts())
      .toEqual([expect.stringContaining(ideas.contact.text), expect.stringContaining(ideas.honest.text), expect.stringContaining(ideas.letters.text)]);
    await draft.first().getByText('1e plaats op de terugkombijeenkomst · 7 stippen · thema: Toegang').waitFor();
    await expectAccessible(page);

    // ── Adopt: without a reason it is refused next to the field; with one, the agenda is there.
    await page.getByRole('button', { name: 'Neem over' }).click();
    await page.getByText('Schrijf kort op waarom.').waitFor();
    await page.getByLabel('Waarom neemt u het concept over?').fill('De top 3 van de avond is wat ouders het belangrijkst vinden.');
    await page.getByRole('button', { name: 'Neem over' }).click();
    await page.getByText('Overgenomen. Het staat nu op de agenda.').waitFor();
    const item = (text: string) => page.getByTestId('agenda-item').filter({ has: page.getByRole('heading', { name: text }) });
    await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(3);
    await item(ideas.contact.text)
      .getByRole('heading', { name: `1. ${ideas.contact.text}` })
      .waitFor();
    await item(ideas.contact.text)
      .getByTestId('history')
      .getByText(/^\d{1,2} \w+ \d{4} · Sanne de Vries: Overgenomen uit het concept van de terugkombijeenkomst\. Waarom: De top 3/)
      .waitFor();
    await expectAccessible(page);

    // ── Plain language: a phone number is refused; jargon gets the B1 hints of the questions step.
    const contact = item(ideas.contact.text);
    await contact.getByText(`Aanpassen: ${ideas.contact.text}`).click();
    const jargon =
      'Ouders krijgen één vast aanspreekpunt voor alle ondersteuning, zodat de hulpverlening rondom het gezin beter wordt afgestemd en gecoördineerd.';
    const plainText = contact.getByLabel('Tekst voor ouders', { exact: true });
    await plainText.fill(`${jargon} Bel 06-12345678.`);
    await contact.getByLabel('Citaat toevoegen').fill('Ik wil één persoon die ik kan bellen, niet steeds iemand anders.');
    await contact.getByLabel('Waarom past u dit aan?').fill('Ouders willen weten bij wie ze terecht kunnen.');
    await contact.getByRole('button', { name: 'Opslaan' }).click();
    await contact.getByText('Hier lijkt een telefoonnummer te staan. Laat dat weg: ouders en anderen lezen deze tekst.').waitFor();
    expect(await plainText.inputValue()).toBe(`${jargon} Bel 06-12345678.`);
    await plainText.fill(jargon);
    await contact.getByRole('button', { name: 'Opslaan' }).click();
    await contact.getByText('Opgeslagen.').waitFor();
    await contact.getByTestId('plain-text').getByText(jargon).waitFor();
    await contact.getByText(/Moeilijk woord: .ondersteuning.\. Schrijf liever: hulp\./).waitFor();
    await contact.getByText(/Lange zin van \d+ woorden/).waitFor();
    await contact.getByTestId('quotes').getByText('Ik wil één persoon die ik kan bellen, niet steeds iemand anders.').waitFor();
    await contact.getByText(/Aangepast: tekst voor ouders, 1 citaat erbij\. Waarom: Ouders willen weten bij wie ze terecht kunnen\./).waitFor();
    await expectAccessible(page);

    // The workgroup rewrites it in plain words.
    await contact.getByText(`Aanpassen: ${ideas.contact.text}`).click();
    await contact.getByLabel('Tekst voor ouders', { exact: true }).fill('U krijgt één vaste persoon. Die belt u als u hulp nodig hebt.');
    await contact.getByLabel('Waarom past u dit aan?').fill('Korter en in gewone woorden.');
    await contact.getByRole('button', { name: 'Opslaan' }).click();
    await contact.getByText('Geen opmerkingen. Deze tekst is goed te begrijpen.').waitFor();

    // ── Merge "honest" into "contact", with a reason; the history says what happened.
    await contact.getByText(`Samenvoegen met een ander punt: ${ideas.contact.text}`).click();
    await contact.getByLabel('Welk punt voegt u hierbij?').selectOption({ label: `2. ${ideas.honest.text}` });
    await contact.getByLabel('Waarom voegt u deze punten samen?').fill('Allebei over weten waar je aan toe bent.');
    await contact.getByRole('button', { name: 'Voeg samen' }).click();
    await contact.getByText('Samengevoegd.').waitFor();
    await expect.poll(() => page.getByTestId('agenda-item').count()).toBe(2);
    await contact.getByText(`Samengevoegd met “${ideas.honest.text}”. Waarom: Allebei over weten waar je aan toe bent.`, { exact: false }).waitFor();
    await contact.getByTestId('plain-text').getByText(ideas.honest.text, { exact: false }).waitFor();
    await item(ideas.letters.text)
      .getByRole('heading', { name: `2. ${ideas.letters.text}` })
      .waitFor();

    // ── Arabic: chosen as a language, translated by a person, typed and shown right to left.
    // No language chosen yet: the choice is open.
    await page.getByLabel('Arabisch').check();
    await page.getByRole('button', { name: 'Talen opslaan' }).click();
    await page.getByText('De talen zijn opgeslagen.').waitFor();
    const arabic = page.getByTestId('translations-ar');
    await arabic.getByTestId('missing-translations').getByText('Nog 2 van de 2 punten zonder vertaling.').waitFor();
    await arabic.getByText('Een mens vertaalt: Spiegel vertaalt niet automatisch.').waitFor();
    const field = arabic.getByLabel('Vertaling in het Arabisch van punt 1');
    expect(await field.getAttribute('lang')).toBe('ar');
    expect(await field.getAttribute('dir')).toBe('rtl');
    expect(await field.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const translation = 'ستحصل على شخص ثابت واحد. يمكنك الاتصال به عندما تحتاج إلى المساعدة.';
    await field.fill(translation);
    await arabic.getByRole('button', { name: 'Vertaling opslaan' }).first().click();
    await arabic.getByText('De vertaling is opgeslagen.').waitFor();
    await arabic.getByTestId('missing-translations').getByText('Nog 1 van de 2 punten zonder vertaling.').waitFor();
    expect(await arabic.getByLabel('Vertaling in het Arabisch van punt 1').inputValue()).toBe(translation);
    await expectAccessible(page);

    // ── Share: only after confirming; then the date shows and items can still be changed.
    await page.getByRole('button', { name: 'Deel met de ouders' }).click();
    await page.getByText('Zet eerst het vinkje: heeft u de agenda nagelezen?').waitFor();
    await page.getByLabel('Ik heb de agenda nagelezen. De ouders mogen hem nu lezen.').check();
    await page.getByRole('button', { name: 'Deel met de ouders' }).click();
    await page.getByText('De agenda is gedeeld met de ouders.').waitFor();
    await page
      .getByTestId('shared-at')
      .getByText(/^Gedeeld met de ouders op \d{1,2} \w+ \d{4}\.$/)
      .waitFor();

    // ── No poster without a public page to scan: the poster page says so and leads to the publish button.
    await page.goto(`${base}/agenda/poster`);
    await page.getByText('De openbare pagina staat nog niet online.', { exact: false }).waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Naar de openbare pagina' }).click();
    await page.getByRole('heading', { level: 2, name: 'Openbare pagina en poster' }).waitFor();

    // ── Publish the public page: its link and QR code.
    await page.getByRole('button', { name: 'Publiceer openbare pagina' }).click();
    await page.getByText('De openbare pagina staat online.').waitFor();
    const url = await page.getByRole('textbox', { name: 'Link naar de openbare pagina' }).inputValue();
    expect(url).toMatch(/\/p\/agenda\/[\w-]{40,}$/);
    await page.getByRole('img', { name: `QR-code naar de agenda: ${url}` }).waitFor();
    await expectAccessible(page);

    // ── The A3 poster: the agenda in plain Dutch, the QR code, and Arabic below when asked.
    await page.getByRole('link', { name: 'Poster afdrukken (A3)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Wat we van u hoorden, en wat we gaan doen' }).waitFor();
    await expect
      .poll(() => page.getByTestId('poster-item').allInnerTexts())
      .toEqual([expect.stringContaining('U krijgt één vaste persoon.'), expect.stringContaining(ideas.letters.text)]);
    await page.getByRole('img', { name: `QR-code naar de agenda: ${url}` }).waitFor();
    // The paper size for the print dialog.
    expect(await page.evaluate(() => [...document.querySelectorAll('style')].map((el) => el.textContent).join('\n'))).toContain('@page { size: A3 portrait');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Met Arabisch' }).click();
    const below = page.getByTestId('poster-item').first().getByText(translation);
    await below.waitFor();
    expect(await below.getAttribute('lang')).toBe('ar');
    expect(await below.getAttribute('dir')).toBe('rtl');
    await expectAccessible(page);

    // ── On a 360 px phone the agenda page reads without sideways scrolling.
    const phone = (await asCoordinator(browser, org, { width: 360 })).page;
    await phone.goto(`${base}/agenda`);
    await phone.getByRole('heading', { level: 1, name: 'Agenda voor de ouders' }).waitFor();
    await phone.getByTestId('agenda-item').first().getByTestId('plain-text').getByText('U krijgt één vaste persoon.', { exact: false }).waitFor();
    await expectAccessible(phone);
    await expectNoSidewaysScroll(phone);

    // ── Without JavaScript the forms are plain posts: move the second item up.
    const plain = await browser
      .newContext({ baseURL: baseUrl(), viewport: { width: 1024, height: 800 }, locale: 'nl-NL', javaScriptEnabled: false })
      .then((c) => c.newPage());
    await signIn(plain, org.people.coordinator.email);
    await plain.goto(`${base}/agenda`);
    await plain.getByRole('button', { name: `Omhoog: ${ideas.letters.text}` }).click();
    await plain.getByText('Verplaatst.').waitFor();
    await plain
      .getByTestId('agenda-item')
      .first()
      .getByRole('heading', { name: `1. ${ideas.letters.text}` })
      .waitFor();
    await plain.context().close();
  }, 240_000);
});
