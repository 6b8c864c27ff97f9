// Issue 11: a parent who says no to the minutes at the desk is shown as such on the console and the
// minutes page, and a note attributed to them is refused. Runs in its own new trajectory.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';
import { trajectoryWithParticipant, pressConsole } from './journeys';

/** Records the minutes answer of the first-named participant at the desk. */
async function recordMinutesAnswer(page: Page, base: string, firstName: string, answer: 'Ja' | 'Nee') {
  await page.goto(`${base}/reception`);
  await page.getByRole('heading', { level: 1, name: 'Ontvangst' }).waitFor();
  const card = page.getByTestId('desk-participant').filter({ hasText: firstName });
  const heading = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
  await card
    .getByRole('group', { name: /in het verslag/ })
    .getByLabel(answer)
    .check();
  await card
    .getByRole('group', { name: /foto's/ })
    .getByLabel('Ja')
    .check();
  await card.getByRole('button', { name: `Toestemming vastleggen: ${heading}` }).click();
  await card
    .getByTestId('consent-state')
    .getByText(new RegExp(`^Verslag: ${answer.toLowerCase()}\\.`))
    .waitFor();
}

describe('consent to the minutes (issue 11)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('shows a parent who said no on the console and the minutes page, and refuses a note about them', async () => {
    const stamp = Date.now().toString(36);
    const page = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const { base, pseudonym } = await trajectoryWithParticipant(page, org.slug, `Toestemmingtraject ${stamp}`, 'Noor');

    // At the desk: no to the minutes.
    await recordMinutesAnswer(page, base, 'Noor', 'Nee');
    await expectAccessible(page);

    // The console: plainly listed and marked in the circle, and on their turn.
    await page.goto(`${base}/console`);
    await page.getByTestId('console-refusing').getByText(`Noor (${pseudonym})`).waitFor();
    await page.getByTestId('console-seat').filter({ hasText: 'Noor' }).getByTestId('console-refuses').waitFor();
    await expectAccessible(page);
    await pressConsole(page, 'Gesprek beginnen');
    expect(await page.getByTestId('console-turn').textContent()).toBe(`Aan de beurt: Noor (${pseudonym}) · niet in verslag`);

    // The minutes page: by pseudonym only, and the note is refused with the reason.
    await page.goto(`${base}/minutes`);
    await page.getByRole('heading', { level: 1, name: 'Verslag van het spiegelgesprek' }).waitFor();
    await page.getByTestId('refusing').getByText(pseudonym, { exact: true }).waitFor();
    await page.getByTestId('now-refuses').getByText(`Let op: ${pseudonym} wil niet in het verslag. Schrijf niets op.`).waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Noor');
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();
    await expectAccessible(page);
    const newNote = page.locator('form', { has: page.getByRole('button', { name: 'Notitie opslaan' }) });
    await newNote.getByLabel('Samenvatting').fill(`Vertelt over de wachtlijst ${stamp}.`);
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    await page
      .getByTestId('refused-note')
      .filter({ hasText: `wachtlijst ${stamp}` })
      .getByText('Deze ouder wil niet in het verslag. Schrijf niets op van wat deze ouder zegt.')
      .waitFor();
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();
    expect(await page.getByTestId('note').count()).toBe(0);
    await expectAccessible(page);
  });

  it('flags a note in final minutes when the parent says no later, and the lead removes its text', async () => {
    const stamp = Date.now().toString(36);
    const page = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const { base, pseudonym } = await trajectoryWithParticipant(page, org.slug, `Intrekkingtraject ${stamp}`, 'Lotte');
    await recordMinutesAnswer(page, base, 'Lotte', 'Ja');
    await page.goto(`${base}/console`);
    await pressConsole(page, 'Gesprek beginnen');

    // A note on Lotte's answer, then the minutes are made final.
    await page.goto(`${base}/minutes`);
    await page.getByTestId('now').getByText(`Aan het woord: ${pseudonym}`).waitFor();
    const newNote = page.locator('form', { has: page.getByRole('button', { name: 'Notitie opslaan' }) });
    await newNote.getByLabel('Samenvatting').fill(`Vertelt over de speeltuin ${stamp}.`);
    await page.getByRole('button', { name: 'Notitie opslaan' }).click();
    const note = page.getByTestId('note').filter({ hasText: `speeltuin ${stamp}` });
    await note.waitFor();
    await page.getByRole('button', { name: 'Verslag definitief maken' }).click();
    await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
    await page.getByText('Het verslag is definitief.').waitFor();

    // Later, at the desk: no. The lead sees the note flagged and removes its text.
    await recordMinutesAnswer(page, base, 'Lotte', 'Nee');
    await page.goto(`${base}/minutes`);
    const flagged = page.getByTestId('note').filter({ hasText: 'Toestemming ingetrokken' });
    await flagged.getByText('Deze ouder wil niet meer in het verslag. Verwijder de tekst.').waitFor();
    await expectAccessible(page);
    await flagged.getByRole('button', { name: 'Verwijder', exact: true }).click();
    await page.getByText('De tekst is verwijderd.').waitFor();
    await page.getByTestId('note').getByText('[verwijderd]').waitFor();
    expect(await page.getByText(`speeltuin ${stamp}`).count()).toBe(0);
    expect(await page.getByText('Toestemming ingetrokken').count()).toBe(0);
    await expectAccessible(page);
  });
});
