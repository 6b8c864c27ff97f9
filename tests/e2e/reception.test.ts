// S6a: the lead runs the welcome desk on a tablet; a listener checks in with the personal link.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';
import { setMirrorMeetingDate } from './journeys';

async function demoTrajectory(page: Page, orgSlug: string): Promise<string> {
  await page.goto(`/o/${orgSlug}`);
  const href = await page.getByRole('link', { name: 'Opgroeien in De Schans' }).first().getAttribute('href');
  return href!;
}

const countOf = async (page: Page, testId: string) => Number((await page.getByTestId(testId).innerText()).match(/^\d+/)![0]);

describe('the welcome desk at the mirror meeting (S6a)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('checks a participant in with consent, interpreter and confidentiality; a listener checks in by link', async () => {
    const stamp = Date.now().toString(36);
    const name = `Yara ${stamp}`;
    const listener = `Luuk ${stamp}`;
    const page = await newPage(browser, { width: 768 });
    await signIn(page, org.people.coordinator.email);
    const base = await demoTrajectory(page, org.slug);

    // A confirmed participant of our own, among whatever other journeys added.
    await page.goto(`${base}/participants`);
    const form = page.locator('form', { has: page.getByRole('button', { name: 'Deelnemer toevoegen' }) });
    await form.getByLabel('Voornaam of roepnaam').fill(name);
    await form.getByLabel('Telefoonnummer').fill('06 5555 1234');
    await form.getByLabel('Stap', { exact: true }).selectOption({ label: 'Aangemeld' });
    await form.getByLabel('Tolk nodig in de taal').fill('Tigrinya');
    await form.getByLabel('Kinderopvang').check();
    await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
    await page.getByText(`${name} is toegevoegd.`).waitFor();
    await page.getByRole('button', { name: `Naar bevestigd: ${name}` }).click();
    await page.getByTestId('status-confirmed').getByText(name, { exact: true }).waitFor();

    // A listener of our own, with the personal link the invitation carries.
    await page.goto(`${base}/listeners`);
    const add = page.getByRole('region', { name: 'Een toehoorder toevoegen' });
    await add.getByLabel('Naam').fill(listener);
    await add.getByLabel('Groep').selectOption({ label: 'Welzijn' });
    await add.getByRole('button', { name: 'Toehoorder toevoegen' }).click();
    await page.getByText('De toehoorder staat op de lijst.').waitFor();
    const listenerCard = page.getByTestId('listener').filter({ hasText: listener });
    const link = await listenerCard.getByLabel(`Persoonlijke link van ${listener}`).inputValue();

    // The desk.
    await page.goto(`${base}/reception`);
    await page.getByRole('heading', { level: 1, name: 'Ontvangst' }).waitFor();
    await expectAccessible(page);
    const card = page.getByTestId('desk-participant').filter({ hasText: name });
    const heading = (await card.getByRole('heading', { level: 3 }).innerText()).trim();
    const pseudonym = heading.match(/\((.+)\)$/)![1]!;
    await card.getByText('Tolk nodig: Tigrinya').waitFor();
    await card.getByText('Kinderopvang nodig').waitFor();
    const present = await countOf(page, 'count-present');

    await card.getByRole('button', { name: `Aanwezig melden: ${heading}` }).click();
    await card.getByText(/^Aanwezig sinds \d\d:\d\d$/).waitFor();
    await expect.poll(() => countOf(page, 'count-present')).toBe(present + 1);
    // Present without an answer about the minutes: the desk is warned.
    const warning = page.getByTestId('warning-no-answer');
    const listed = async () => (await warning.count()) > 0 && new RegExp(`${pseudonym}[,.]`).test(await warning.innerText());
    await expect.poll(listed).toBe(true);

    // Undo and redo.
    await card.getByRole('button', { name: `Toch niet aanwezig: ${heading}` }).click();
    await card.getByText('Nog niet binnen').waitFor();
    await card.getByRole('button', { name: `Aanwezig melden: ${heading}` }).click();
    await card.getByText(/^Aanwezig sinds/).waitFor();

    // Consent: a missing answer is explained next to the question; then minutes yes, photos no.
    await card.getByRole('button', { name: `Toestemming vastleggen: ${heading}` }).click();
    await card.getByText('Maak een keuze.').first().waitFor();
    await card
      .getByRole('group', { name: /in het verslag/ })
      .getByLabel('Ja')
      .check();
    await card
      .getByRole('group', { name: /foto's/ })
      .getByLabel('Nee')
      .check();
    await card.getByRole('button', { name: `Toestemming vastleggen: ${heading}` }).click();
    await card
      .getByTestId('consent-state')
      .getByText(/^Verslag: ja\. Foto's: nee\. Vastgelegd door Sanne de Vries om \d\d:\d\d\.$/)
      .waitFor();
    await expect.poll(listed).toBe(false);

    // Interpreter.
    await card.getByLabel('Wie tolkt').fill('Meron');
    await card.getByRole('button', { name: `Tolk opslaan: ${heading}` }).click();
    await card.getByText('Opgeslagen.').waitFor();
    expect(await card.getByLabel('Wie tolkt').inputValue()).toBe('Meron');

    // Confidentiality for the whole meeting.
    await page.getByRole('button', { name: 'Vertrouwelijkheid afgesproken' }).click();
    await page
      .getByTestId('confidentiality-state')
      .getByText(/^Vertrouwelijkheid afgesproken om \d\d:\d\d\.$/)
      .waitFor();
    await expectAccessible(page);

    // A QR code of a listener's own link, for checking in on their own phone.
    const row = page.getByTestId('desk-listener').filter({ hasText: listener });
    await row.getByRole('link', { name: `QR-code tonen voor ${listener}` }).click();
    await page.getByRole('img', { name: `QR-code met de persoonlijke link van ${listener}` }).waitFor();
    await expectAccessible(page);

    // The listener checks in with the personal link, in a context of their own, on a phone.
    const listenersBefore = await countOf(page, 'count-listeners');
    const phone = await newPage(browser, { width: 360 });
    await phone.goto(new URL(link).pathname);
    // Only on the meeting's day: without a date the page says so and offers no button.
    await phone.getByText('De datum van de spiegelbijeenkomst staat nog niet vast.', { exact: false }).waitFor();
    expect(await phone.getByRole('button', { name: 'Ik ben aanwezig bij de spiegelbijeenkomst' }).count()).toBe(0);
    await setMirrorMeetingDate(page, base, todayInAmsterdam());
    await page.goto(`${base}/reception`);
    await phone.reload();
    await phone.getByRole('button', { name: 'Ik ben aanwezig bij de spiegelbijeenkomst' }).click();
    await phone.getByText('U bent aangemeld als aanwezig. Welkom!').waitFor();
    await expectAccessible(phone);
    await page.reload();
    await expect.poll(() => countOf(page, 'count-listeners')).toBe(listenersBefore + 1);
    await page
      .getByTestId('desk-listener')
      .filter({ hasText: listener })
      .getByRole('button', { name: `Toch niet aanwezig: ${listener}` })
      .waitFor();

    // A parent who signed up on the flyer's page is on the desk on the meeting's day: one press, attended.
    const selfName = `Amira ${stamp}`;
    await page.goto(`${base}/materials`);
    const signupPath = new URL((await page.getByTestId('signup-url').textContent())!).pathname;
    const signup = await newPage(browser, { width: 360 });
    await signup.goto(signupPath);
    // The form must have been open for the minimum time (SIGNUP_MIN_SECONDS, 3 s): wait only for what is left.
    const openedAt = Date.now();
    await signup.getByLabel('Uw voornaam of roepnaam').fill(selfName);
    await signup.getByLabel('Uw telefoonnummer').fill('06 33334444');
    await signup.getByLabel('Ouder', { exact: true }).check();
    await signup.getByLabel('Ik vind het goed dat de organisatoren mijn gegevens hiervoor gebruiken.').check();
    const left = openedAt + 3_200 - Date.now();
    if (left > 0) await signup.waitForTimeout(left);
    await signup.getByRole('button', { name: 'Aanmelden' }).click();
    await signup.getByRole('heading', { level: 1, name: 'Bedankt voor uw aanmelding!' }).waitFor();
    await signup.context().close();
    await page.goto(`${base}/reception`);
    const selfCard = page.getByTestId('desk-participant').filter({ hasText: selfName });
    await selfCard.getByTestId('self-signup').waitFor();
    await expectAccessible(page);
    const presentBefore = await countOf(page, 'count-present');
    await selfCard.getByRole('button', { name: `Aanwezig melden: ${selfName} (Nog geen schuilnaam)` }).click();
    await selfCard.getByText(/^Aanwezig sinds \d\d:\d\d$/).waitFor();
    // The pseudonym came with the check-in; the minutes will use it.
    await selfCard.getByRole('heading', { level: 3, name: new RegExp(`^${selfName} \\(Ouder [A-Z]+\\)$`) }).waitFor();
    expect(await selfCard.getByTestId('self-signup').count()).toBe(0);
    await expect.poll(() => countOf(page, 'count-present')).toBe(presentBefore + 1);
    await expectAccessible(page);

    // The desk works at 360 px without sideways scrolling.
    const small = await newPage(browser, { width: 360 });
    await signIn(small, org.people.coordinator.email);
    await small.goto(`${base}/reception`);
    await small.getByTestId('desk-participant').filter({ hasText: name }).waitFor();
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(small);

    // A workgroup member does not see the desk: it shows names.
    const member = await newPage(browser);
    await signIn(member, org.people.youthHealth.email);
    const response = await member.goto(`${base}/reception`);
    expect(response?.status()).toBe(403);
    expect(await member.locator('body').innerText()).not.toContain(name);
    await expectAccessible(member);
  });
});
