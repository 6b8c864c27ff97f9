import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, linkFromOutbox, newPage, useBrowser, useFreshOrg, asCoordinator } from './fixtures';

/** Nothing sticks out sideways on a small phone. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** "12 van de ongeveer 35 …": compare numbers, not text. */
async function yesMirror(page: Page) {
  return Number((await page.getByTestId('yes-mirror').innerText()).match(/^\d+/)![0]);
}

describe('listeners (S5f)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('lists listeners, invites them, and a listener answers and hands in a question through the link', async () => {
    const suffix = Date.now().toString(36);
    const { page, base } = await asCoordinator(browser, org);

    await page.goto(`${base}/listeners`);
    await page.getByRole('heading', { level: 1, name: 'Toehoorders' }).waitFor();
    await expectAccessible(page);
    const yesBefore = await yesMirror(page);

    // Add two listeners; a missing name gets a message next to the field and keeps what was typed.
    const add = page.getByRole('region', { name: 'Een toehoorder toevoegen' });
    const wendy = { name: `Wendy Welzijn ${suffix}`, email: `wendy-${suffix}@welzijn.test` };
    const fatma = { name: `Fatma Ouder ${suffix}`, email: `fatma-${suffix}@ouders.test` };
    await add.getByLabel('Organisatie').fill('Welzijn De Schans');
    await add.getByLabel('Groep').selectOption({ label: 'Welzijn' });
    await add.getByLabel('E-mailadres').fill(wendy.email);
    await add.getByRole('button', { name: 'Toehoorder toevoegen' }).click();
    await add.getByText('Vul dit veld in.').waitFor();
    expect(await add.getByLabel('E-mailadres').inputValue()).toBe(wendy.email);
    await expectAccessible(page);
    await add.getByLabel('Naam').fill(wendy.name);
    await add.getByRole('button', { name: 'Toehoorder toevoegen' }).click();
    await page.getByText('De toehoorder staat op de lijst.').waitFor();
    // The form is emptied when the list has reloaded: wait for that before typing the next one.
    await page.getByTestId('listener').filter({ hasText: wendy.name }).waitFor();
    await expect.poll(() => add.getByLabel('Naam').inputValue()).toBe('');
    await add.getByLabel('Naam').fill(fatma.name);
    await add.getByLabel('Groep').selectOption({ label: 'Ervaringsdeskundige ouder' });
    await add.getByLabel('E-mailadres').fill(fatma.email);
    await add.getByRole('button', { name: 'Toehoorder toevoegen' }).click();
    await page.getByTestId('listener').filter({ hasText: fatma.name }).waitFor();

    // A pasted list with a bad line adds no one and says which line is wrong.
    const paste = page.getByRole('region', { name: 'Meerdere toehoorders tegelijk toevoegen' });
    await paste.getByLabel('Toehoorders, één per regel').fill(`Piet ${suffix}; GGD; jeugdgezondheidszorg; piet@ggd.test\nAnna ${suffix}; ; astronaut;`);
    await paste.getByRole('button', { name: 'Lijst toevoegen' }).click();
    await page.getByText('Regel 2: deze groep kennen we niet.', { exact: false }).waitFor();
    expect(
      await page
        .getByTestId('listener')
        .filter({ hasText: `Piet ${suffix}` })
        .count(),
    ).toBe(0);
    expect(await paste.getByLabel('Toehoorders, één per regel').inputValue()).toContain('astronaut');
    await expectAccessible(page);

    // Invite everyone not invited yet.
    await page.getByRole('button', { name: /^Alle nog niet uitgenodigde toehoorders uitnodigen/ }).click();
    await page
      .getByTestId('invite-result')
      .getByText(/uitnodiging(en)? verstuurd/)
      .waitFor();
    const card = page.getByTestId('listener').filter({ hasText: wendy.name });
    await card.getByText(/^Verstuurd op /).waitFor();
    await expectAccessible(page);

    // The listener opens the personal link from the mail, on a small phone, without an account.
    const link = await linkFromOutbox(page, wendy.email, '/p/listener/');
    const phone = await newPage(browser, { width: 360 });
    await phone.goto(link);
    await phone.getByRole('heading', { level: 1, name: 'Uw uitnodiging als toehoorder' }).waitFor();
    await phone.getByText(`Beste ${wendy.name},`).waitFor();
    await phone.getByTestId('listening-rules').getByText('U luistert alleen.', { exact: false }).waitFor();
    await expectAccessible(phone);
    await expectNoSidewaysScroll(phone);

    // Saving without a choice asks for one; then yes to the mirror meeting.
    const mirror = phone.getByTestId('rsvp-mirror');
    await mirror.getByRole('button', { name: /Antwoord opslaan/ }).click();
    await phone.getByTestId('rsvp-mirror').getByText('Maak een keuze.').waitFor();
    await expectAccessible(phone);
    await phone.getByTestId('rsvp-mirror').getByLabel('Ja, ik kom').check();
    await phone
      .getByTestId('rsvp-mirror')
      .getByRole('button', { name: /Antwoord opslaan/ })
      .click();
    await phone.getByTestId('rsvp-mirror').getByText('Dank u. Uw antwoord is opgeslagen.').waitFor();
    expect(await phone.getByTestId('rsvp-mirror').getByLabel('Ja, ik kom').isChecked()).toBe(true);

    // A question: empty and too short get a message, with what was typed kept; a real one lands in the list.
    await phone.getByRole('button', { name: 'Vraag insturen' }).click();
    await phone.getByText('Vul dit veld in.').waitFor();
    await phone.getByLabel('Uw vraag voor de ouders').fill('Hoe?');
    await phone.getByRole('button', { name: 'Vraag insturen' }).click();
    await phone.getByText('Deze vraag is te kort.', { exact: false }).waitFor();
    expect(await phone.getByLabel('Uw vraag voor de ouders').inputValue()).toBe('Hoe?');
    await expectAccessible(phone);
    const question = `Waar gaat u graag naartoe met uw kinderen? (${suffix})`;
    await phone.getByLabel('Uw vraag voor de ouders').fill(question);
    await phone.getByRole('button', { name: 'Vraag insturen' }).click();
    await phone.getByText('Dank u. Uw vraag is ontvangen.').waitFor();
    await phone.getByTestId('my-questions').getByText(question).waitFor();
    expect(await phone.getByLabel('Uw vraag voor de ouders').inputValue()).toBe('');
    await expectAccessible(phone);
    await expectNoSidewaysScroll(phone);
    await phone.context().close();

    // An unknown link is a 404.
    const stranger = await newPage(browser, { width: 360 });
    const response = await stranger.goto('/p/listener/' + 'x'.repeat(43));
    expect(response?.status()).toBe(404);
    await stranger.context().close();

    // Back as coordinator: one more yes, and welfare covered.
    await page.goto(`${base}/listeners`);
    expect(await yesMirror(page)).toBe(yesBefore + 1);
    await page.getByTestId('listener').filter({ hasText: wendy.name }).getByText('Ja', { exact: true }).waitFor();
    const welfare = page.getByTestId('coverage-welfare');
    expect(Number(await welfare.locator('td').nth(2).innerText())).toBeGreaterThanOrEqual(1);
    expect(await page.getByText('Nog niemand van welzijn of opbouwwerk zegt ja.').count()).toBe(0);
    await expectAccessible(page);
  });
});
