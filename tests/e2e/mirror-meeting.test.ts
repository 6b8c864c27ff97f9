// The demo runs a mirror meeting on two devices: check-in at the desk, the leader's console,
// the minute-taker's screen following live, and finalised minutes.
import { appendFileSync, mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, signIn, useBrowser, useFreshOrg } from './fixtures';
import { pressConsole } from './journeys';

async function tablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1024, height: 768 }, locale: 'nl-NL' });
  return context.newPage();
}

/**
 * How long the minute-taker's screen takes to show a text after the leader's press. The screen must
 * follow live (no reload); the figure depends on the machine's load, so it is recorded, not asserted.
 */
async function followDelay(leader: Page, leaderButton: string, follower: Page, expected: string): Promise<number> {
  const started = Date.now();
  await pressConsole(leader, leaderButton);
  await follower.getByTestId('now').getByText(expected, { exact: true }).waitFor({ timeout: 20_000 });
  return Date.now() - started;
}

describe('the mirror meeting on two devices (S6a–S6c)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('checks parents in, runs the console, and the minute-taker follows live until the minutes are final', async () => {
    const stamp = Date.now().toString(36);
    const parents = [`Amal${stamp}`, `Bram${stamp}`];
    const lead = await tablet(browser);
    lead.setDefaultTimeout(20_000);
    await signIn(lead, org.people.coordinator.email);

    // Its own trajectory, so other journeys' data does not matter.
    await lead.goto(`/o/${org.slug}/t/new`);
    await lead.getByLabel('Titel').fill(`Avond in de buurtkamer ${stamp}`);
    await lead.getByRole('button', { name: 'Traject aanmaken' }).click();
    await lead.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    const base = new URL(lead.url()).pathname;

    for (const name of parents) {
      await lead.goto(`${base}/participants`);
      const form = lead.locator('form', { has: lead.getByRole('button', { name: 'Deelnemer toevoegen' }) });
      await form.getByLabel('Voornaam of roepnaam').fill(name);
      await form.getByLabel('Telefoonnummer').fill('06 1212 3434');
      await form.getByLabel('Stap', { exact: true }).selectOption({ label: 'Aangemeld' });
      await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
      await lead.getByText(`${name} is toegevoegd.`).waitFor();
      await lead.getByRole('button', { name: `Naar bevestigd: ${name}` }).click();
      await lead.getByTestId('status-confirmed').getByText(name, { exact: true }).waitFor();
    }

    await lead.goto(`${base}/roles`);
    await lead.getByLabel('Persoon uit uw organisatie').selectOption({ label: `${org.people.policy.name} (${org.people.policy.email})` });
    await lead.getByLabel('Rol', { exact: true }).selectOption('minute_taker');
    await lead.getByRole('button', { name: 'Rol toekennen' }).click();
    await lead.getByText('De rol is toegekend.').waitFor();

    // Reception: both parents present, consent for the minutes.
    await lead.goto(`${base}/reception`);
    await lead.getByRole('heading', { level: 1, name: 'Ontvangst' }).waitFor();
    const pseudonyms: string[] = [];
    for (const name of parents) {
      const card = lead.getByTestId('desk-participant').filter({ hasText: name });
      const heading = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
      pseudonyms.push(heading.match(/\((.+)\)$/)![1]!);
      await card.getByRole('button', { name: `Aanwezig melden: ${heading}` }).click();
      await card.getByText(/^Aanwezig sinds \d\d:\d\d$/).waitFor();
      await card
        .getByRole('group', { name: /in het verslag/ })
        .getByLabel('Ja')
        .check();
      await card
        .getByRole('group', { name: /foto's/ })
        .getByLabel('Nee')
        .check();
      await card.getByRole('button', { name: `Toestemming vastleggen: ${heading}` }).click();
      await card.getByTestId('consent-state').waitFor();
    }
    await expectAccessible(lead);

    // The minute-taker's own device.
    const taker = await tablet(browser);
    taker.setDefaultTimeout(20_000);
    await signIn(taker, org.people.policy.email);
    await taker.goto(`${base}/minutes`);
    await taker.getByRole('heading', { level: 1, name: 'Verslag van het spiegelgesprek' }).waitFor();
    await taker.getByText('Het gesprek is nog niet begonnen.', { exact: false }).waitFor();
    await expectAccessible(taker);
    // The page listens once its stream is open; give it the moment it needs to connect.
    await expect.poll(() => taker.evaluate(() => document.readyState)).toBe('complete');

    // The leader starts; the minute-taker's screen follows who speaks, each time, without a reload.
    await lead.goto(`${base}/console`);
    await lead.getByRole('heading', { level: 1, name: 'Het spiegelgesprek leiden' }).waitFor();
    await expectAccessible(lead);
    const delays: number[] = [];
    const seats = lead.getByTestId('console-seat');
    const firstSeat = (await seats.first().innerText()).includes(pseudonyms[0]!) ? pseudonyms[0]! : pseudonyms[1]!;
    const secondSeat = firstSeat === pseudonyms[0] ? pseudonyms[1]! : pseudonyms[0]!;
    delays.push(await followDelay(lead, 'Gesprek beginnen', taker, `Aan het woord: ${firstSeat}`));
    delays.push(await followDelay(lead, 'Volgende ouder', taker, `Aan het woord: ${secondSeat}`));
    delays.push(await followDelay(lead, 'Volgende vraag', taker, `Aan het woord: ${firstSeat}`));
    console.info(`console press → minute-taker screen: ${delays.join(', ')} ms`);

    // A note for the current answer, pseudonymous.
    const newNote = taker.locator('form', { has: taker.getByRole('button', { name: 'Notitie opslaan' }) });
    // Digits only: the parents' made-up names contain the letters of the stamp, and the name guard would object.
    const marker = String(Date.now());
    await newNote.getByLabel('Samenvatting').fill(`Zij zoekt een plek om andere moeders te ontmoeten (${marker}).`);
    await taker.getByRole('button', { name: 'Notitie opslaan' }).click();
    await taker.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();
    await taker.reload();
    await taker.getByTestId('note').filter({ hasText: marker }).waitFor();
    await expectAccessible(taker);

    // The leader closes the conversation; the minute-taker makes the minutes final.
    await pressConsole(lead, 'Gesprek afronden');
    await taker.getByRole('button', { name: 'Verslag definitief maken' }).click();
    await taker.getByRole('button', { name: 'Ja, definitief maken' }).click();
    await taker.getByText('Het verslag is definitief.').waitFor();
    // The message comes with the action's answer; the form goes once the page has reloaded its data.
    await expect.poll(() => taker.getByRole('button', { name: 'Notitie opslaan' }).count()).toBe(0);

    // The overview tells where the meeting stands.
    await lead.goto(base);
    const step6 = lead.getByTestId('step').filter({ hasText: 'Stap 6' });
    await step6.getByText('Het verslag is definitief.').waitFor();
    expect(await step6.getAttribute('data-state')).toBe('done');
    mkdirSync('test-results', { recursive: true });
    appendFileSync('test-results/realtime-delay.txt', `${new Date().toISOString()} console press → minute-taker screen (browser): ${delays.join(', ')} ms\n`);
  });
});
