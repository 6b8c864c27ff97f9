// S6c: the lead writes minutes with pseudonyms only, the name guard refuses a first name, the
// minutes are finalised, and a listener reads them only then. Runs in its own new trajectory, so
// finalising does not make the demo trajectory read-only.

import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';
import { trajectoryWithParticipant } from './journeys';

describe('minutes (S6c)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('writes notes with pseudonyms only, refuses a first name, finalises, and keeps drafts from listeners', async () => {
    const stamp = Date.now().toString(36);
    const page = await newPage(browser);
    // Fail at the step that hangs, not at the test's time limit.
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const { base, pseudonym } = await trajectoryWithParticipant(page, org.slug, `Verslagtraject ${stamp}`, 'Fenna');

    // A workgroup member of the organisation becomes a listener here.
    await page.goto(`${base}/roles`);
    await page.getByLabel('Persoon uit uw organisatie').selectOption({ label: `${org.people.youthHealth.name} (${org.people.youthHealth.email})` });
    await page.getByLabel('Rol', { exact: true }).selectOption('listener');
    await page.getByRole('button', { name: 'Rol toekennen' }).click();
    await page.getByText('De rol is toegekend.').waitFor();

    // The lead writes minutes; the console has not started, so this is a general note.
    await page.goto(`${base}/minutes`);
    await page
      .getByRole('heading', {
        level: 1,
        name: 'Verslag van het spiegelgesprek',
      })
      .waitFor();
    await page.getByText('Het gesprek is nog niet begonnen.', { exact: false }).waitFor();
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();
    await expectAccessible(page);
    const newNote = page.locator('form', {
      has: page.getByRole('button', { name: 'Notitie opslaan' }),
    });
    const summary = newNote.getByLabel('Samenvatting');
    await summary.fill(`De ouders kennen de buurtkamer ${stamp} goed.`);
    await newNote.getByLabel('Letterlijke uitspraken').fill('Daar drinken we koffie.\n"Daar voel ik me thuis."');
    await newNote.getByLabel('Gaat goed').check();
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    const note = page.getByTestId('note').filter({ hasText: `buurtkamer ${stamp}` });
    await note.waitFor();
    expect(await note.locator('q').allTextContents()).toEqual(['Daar drinken we koffie.', 'Daar voel ik me thuis.']);
    await note.locator('.utrecht-badge-status').getByText('Gaat goed').waitFor();
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();
    expect(await summary.inputValue()).toBe('');

    // A participant's first name: a warning while typing, and saving is refused; the text stays.
    const leaky = `Fenna vertelt over de buurtkamer ${stamp}.`;
    await summary.fill(leaky);
    // Where and what kind only: the answer never names the parent's pseudonym (no oracle).
    const warning = 'Dit lijkt een naam: "Fenna". Gebruik een schuilnaam of [naam].';
    await page.getByTestId('leaks').getByText(warning).waitFor();
    expect(await page.getByTestId('leaks').textContent()).not.toContain(pseudonym);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page.getByText('De notitie is niet opgeslagen. Pas eerst de tekst aan.').waitFor();
    expect(await summary.inputValue()).toBe(leaky);
    expect(await page.getByTestId('note').count()).toBe(1);

    // Without JavaScript the server refuses it just the same, next to the field (axe needs JavaScript,
    // so this page is checked with it on: it is the same page).
    const plain = await browser.newContext({
      baseURL: new URL(page.url()).origin,
      javaScriptEnabled: false,
      locale: 'nl-NL',
    });
    await plain.addCookies(await page.context().cookies());
    const noJs = await plain.newPage();
    await noJs.goto(`${base}/minutes`);
    const noJsForm = noJs.locator('form', {
      has: noJs.getByRole('button', { name: 'Notitie opslaan' }),
    });
    await noJsForm.getByLabel('Samenvatting').fill(leaky);
    await noJs.getByRole('button', { name: 'Notitie opslaan' }).click();
    await noJs.getByText('Hier lijkt een naam of contactgegeven te staan. Pas de tekst aan.').waitFor();
    await noJs.getByText(warning).waitFor();
    expect(await noJsForm.getByLabel('Samenvatting').inputValue()).toBe(leaky);
    await noJsForm.getByLabel('Samenvatting').fill(`Zonder JavaScript ${stamp}.`);
    await noJs.getByRole('button', { name: 'Notitie opslaan' }).click();
    await noJs.getByText('De notitie is opgeslagen.').waitFor();
    await noJs
      .getByTestId('note')
      .filter({ hasText: `Zonder JavaScript ${stamp}.` })
      .waitFor();
    await plain.close();

    // Review: change a note.
    await page.reload();
    await note.getByText('Notitie wijzigen').click();
    await note.getByLabel('Samenvatting').fill(`De ouders kennen de buurtkamer ${stamp} heel goed.`);
    await note.getByRole('button', { name: 'Wijziging opslaan' }).click();
    await page.getByText('De notitie is gewijzigd.').waitFor();
    await page
      .locator('p', {
        hasText: `De ouders kennen de buurtkamer ${stamp} heel goed.`,
      })
      .waitFor();
    await expectAccessible(page);

    // The listener may not read the draft.
    const listener = await newPage(browser);
    await signIn(listener, org.people.youthHealth.email);
    expect((await listener.goto(`${base}/minutes`))?.status()).toBe(403);
    await expectAccessible(listener);

    // Finalise: read-only from now on, and readable for the listener.
    await page.getByRole('button', { name: 'Verslag definitief maken' }).click();
    await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
    await page.getByText('Het verslag is definitief.').waitFor();
    await page.getByText('Definitief', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Notitie opslaan' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Notitie verwijderen' }).count()).toBe(0);
    await expectAccessible(page);

    expect((await listener.goto(`${base}/minutes`))?.status()).toBe(200);
    await listener.getByText(`De ouders kennen de buurtkamer ${stamp} heel goed.`).waitFor();
    expect(await listener.getByTestId('note').count()).toBe(2);
    expect(await listener.content()).not.toContain('Fenna');
    await expectAccessible(listener);
  });
});
