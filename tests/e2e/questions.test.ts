import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, useBrowser, useFreshOrg, asCoordinator } from './fixtures';

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

describe('questions for the conversation leader (S5g)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('collects questions through the open link, checks, merges, tags, orders and prints them', async () => {
    const suffix = Date.now().toString(36);
    // Unique words, so the journey finds its own questions among those of other journeys.
    const first = `Waar haalt u steun bij het opvoeden van uw kinderen in Schanshof${suffix}?`;
    const second = `Bij wie haalt u steun bij de opvoeding van uw kinderen in Schanshof${suffix}?`;
    const jargon = `In hoeverre ervaart u dat de zorgaanbieders in Schanshof${suffix} de ondersteuning rondom opvoedingsvraagstukken voldoende laagdrempelig en adequaat faciliteren voor gezinnen?`;

    // ── The coordinator opens the questions page and reads the code and the link.
    const { page, base } = await asCoordinator(browser, org);
    await page.goto(`${base}/questions`);
    await page.getByRole('heading', { level: 1, name: 'Vragen voor het spiegelgesprek' }).waitFor();
    await page.getByRole('img', { name: /QR-code naar de link voor vragen/ }).waitFor();
    await expectAccessible(page);
    const code = (await page.getByTestId('question-code').textContent())!.replace('Code:', '').trim();
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await page.getByRole('textbox', { name: 'Link voor vragen', exact: true }).inputValue()).toMatch(new RegExp(`/p/questions/${code}$`));

    // ── A listener on a phone, not signed in, hands in three questions.
    const phone = await newPage(browser, { width: 360 });
    await phone.goto(`/p/questions/${code.toLowerCase()}`);
    await phone.getByRole('heading', { level: 1, name: 'Stel een vraag aan de ouders' }).waitFor();
    await phone.getByText('Opgroeien in De Schans').first().waitFor();
    expect(await phone.locator('script[src]').count()).toBe(0);
    await expectAccessible(phone);
    await expectNoSidewaysScroll(phone);
    await phone.getByRole('button', { name: 'Vraag versturen' }).click();
    await phone.getByText('Schrijf uw vraag op.').waitFor();
    await expectAccessible(phone);
    for (const text of [first, second, jargon]) {
      await phone.getByLabel('Uw vraag').fill(text);
      await phone.getByRole('button', { name: 'Vraag versturen' }).click();
      await phone.getByRole('heading', { level: 1, name: 'Dank u wel' }).waitFor();
      await phone.getByRole('link', { name: 'Nog een vraag sturen' }).click();
      await phone.getByLabel('Uw vraag').waitFor();
    }
    await phone.goto(`/p/questions/${code}?sent=1`);
    await expectAccessible(phone);
    expect((await phone.goto('/p/questions/ONBEKEND'))?.status()).toBe(404);

    // ── Back as coordinator: the plain-language check flags the jargon question.
    await page.reload();
    const card = (text: string) => page.getByTestId('question').filter({ has: page.getByTestId('question-text').getByText(text, { exact: true }) });
    const jargonCard = card(jargon);
    await jargonCard.getByText(/Moeilijk \(score \d+ van 100\)/).waitFor();
    await jargonCard.getByText(/Moeilijk woord: .ondersteuning.\. Schrijf liever: hulp\./).waitFor();
    await jargonCard.getByText(/Lange zin van \d+ woorden/).waitFor();
    await jargonCard.getByText('Ingestuurd via de open link', { exact: false }).waitFor();
    await expectAccessible(page);

    // The two near-duplicates are suggested for merging: keep the first.
    const pair = page.getByTestId('duplicate-pair').filter({ hasText: first }).filter({ hasText: second });
    await pair.getByRole('button').first().click();
    await card(first).getByText('De vragen zijn samengevoegd.').waitFor();
    await card(second).getByText('Samengevoegd', { exact: true }).waitFor();
    expect(await page.getByTestId('duplicate-pair').filter({ hasText: first }).count()).toBe(0);

    // Tag the kept question as medical.
    await card(first).getByLabel('Medisch').check();
    await card(first).getByRole('button', { name: 'Onderwerpen opslaan' }).click();
    await card(first).getByText('De onderwerpen zijn opgeslagen.').waitFor();
    await page.reload();
    expect(await card(first).getByLabel('Medisch').isChecked()).toBe(true);

    // Choose two questions and put the jargon one first.
    await card(first).getByRole('button', { name: 'Kiezen' }).click();
    // The badge comes from the reloaded page data, the message from the action: wait for both.
    await card(first).getByText('De vraag is gekozen').waitFor();
    await card(first).getByText('Gekozen', { exact: true }).waitFor();
    await card(jargon).getByRole('button', { name: 'Kiezen' }).click();
    await card(jargon).getByText('Gekozen', { exact: true }).waitFor();
    const chosen = page.getByTestId('chosen-question');
    const order = async () =>
      (await chosen.allTextContents()).map((t) => (t.includes(jargon) ? 'jargon' : t.includes(first) ? 'first' : 'other')).filter((t) => t !== 'other');
    await expect.poll(order).toEqual(['first', 'jargon']);
    await chosen
      .filter({ hasText: jargon })
      .getByRole('button', { name: /omhoog/ })
      .click();
    await expect.poll(order).toEqual(['jargon', 'first']);
    await chosen.filter({ hasText: jargon }).getByText('De volgorde is aangepast.').waitFor();

    // Medical is covered by a chosen question; social is not.
    const warning = page.getByTestId('coverage-warning');
    await warning.getByText(/gekozen vragen gaat over het sociale domein/).waitFor();
    expect(await warning.textContent()).not.toContain('medische domein');
    await expectAccessible(page);

    // ── The printable list: chosen questions in order, without navigation on paper.
    await page.getByRole('link', { name: 'Lijst afdrukken voor de gespreksleider' }).click();
    await page.getByRole('heading', { level: 1, name: 'Vragen voor de gespreksleider' }).waitFor();
    const printed = (await page.getByTestId('print-questions').locator('li').allTextContents()).filter((t) => t === first || t === jargon);
    expect(printed).toEqual([jargon, first]);
    await expectAccessible(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.spiegel-header').isVisible()).toBe(false);
    expect(await page.locator('.spiegel-orgnav').isVisible()).toBe(false);
    expect(await page.getByRole('navigation').filter({ visible: true }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Terug naar de vragen' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { level: 1, name: 'Vragen voor de gespreksleider' }).isVisible()).toBe(true);
  });
});
