// Set-ups that several browser journeys share (a test file cannot import another without running it).
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

/** A fresh trajectory in the organisation with one confirmed participant; returns its path and pseudonym. */
export async function trajectoryWithParticipant(page: Page, orgSlug: string, title: string, firstName: string) {
  await page.goto(`/o/${orgSlug}/t/new`);
  await page.getByLabel('Titel').fill(title);
  await page.getByRole('button', { name: 'Traject aanmaken' }).click();
  await page.getByRole('heading', { level: 1, name: 'Overzicht van de stappen' }).waitFor();
  const base = new URL(page.url()).pathname;
  await page.goto(`${base}/participants`);
  const form = page.locator('form', {
    has: page.getByRole('button', { name: 'Deelnemer toevoegen' }),
  });
  await form.getByLabel('Voornaam of roepnaam').fill(firstName);
  await form.getByLabel('Telefoonnummer').fill('06 5555 1234');
  await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await page.getByText(`${firstName} is toegevoegd.`).waitFor();
  await page.getByRole('button', { name: `Naar geïnteresseerd: ${firstName}` }).click();
  await page.getByText('De stap is gewijzigd naar "Geïnteresseerd".').waitFor();
  await page.getByRole('button', { name: `Naar aangemeld: ${firstName}` }).click();
  const registered = page.getByText(/De schuilnaam is Ouder [A-Z]+\./);
  await registered.waitFor();
  const pseudonym = (await registered.textContent())!.match(/Ouder [A-Z]+/)![0];
  await page.getByRole('button', { name: `Naar bevestigd: ${firstName}` }).click();
  await page.getByTestId('status-confirmed').getByText(firstName, { exact: true }).waitFor();
  return { base, pseudonym };
}

/** Presses a console button; done when the page shows the next version of the console's state. */
export async function pressConsole(page: Page, name: string) {
  const before = await page.locator('input[name="expectedVersion"]').first().inputValue();
  await page.getByRole('button', { name, exact: true }).click();
  await expect.poll(() => page.locator('input[name="expectedVersion"]').first().inputValue()).not.toBe(before);
}

/**
 * The follow-up board of the trajectory at `base`, run by its lead in the fastest way: two themes,
 * ideas written on behalf of the room, counted paper dots (first idea most), and the vote closed,
 * so the top ideas are the draft change agenda. Needs the board to be not yet opened.
 */
export async function closedBoard(page: Page, base: string, ideas: { theme: string; text: string; dots: number }[]) {
  await page.goto(`${base}/board`);
  await page.getByRole('button', { name: 'Open de terugkombijeenkomst' }).click();
  const phase = async (name: string) => {
    await page.getByLabel('Kies een fase').selectOption({ label: name });
    await page.getByRole('button', { name: 'Ga naar deze fase' }).click();
    await page.getByTestId('facilitator-phase').getByText(name).waitFor();
  };
  await phase('Thema’s maken');
  for (const theme of new Set(ideas.map((i) => i.theme))) {
    await page.getByLabel('Naam van het nieuwe thema').fill(theme);
    await page.getByRole('button', { name: 'Thema maken' }).click();
    await page.getByRole('heading', { name: theme, exact: true }).waitFor();
  }
  await phase('Wat gaan we doen?');
  const behalf = page.locator('form', { has: page.getByRole('button', { name: 'Idee toevoegen namens de zaal' }) });
  for (const idea of ideas) {
    await behalf.getByLabel('Thema', { exact: true }).selectOption({ label: idea.theme });
    await behalf.getByLabel('Idee', { exact: true }).fill(idea.text);
    await behalf.getByRole('button', { name: 'Idee toevoegen namens de zaal' }).click();
    await page.getByTestId('facilitator-idea').filter({ hasText: idea.text }).waitFor();
  }
  await phase('Stemmen');
  for (const idea of ideas) {
    const row = page.getByTestId('tally-idea').filter({ hasText: idea.text });
    await row.getByLabel('Papieren stippen (Stippen)').fill(String(idea.dots));
    await row.getByRole('button', { name: `Papieren stippen opslaan voor: ${idea.text}` }).click();
    await row.getByText('De papieren stippen zijn opgeslagen.').waitFor();
  }
  await page.getByRole('button', { name: 'Sluit de stemming' }).click();
  await page.getByText('De top 10 is nu het concept van de veranderagenda.').waitFor();
}

/** Sets the date of the trajectory's mirror meeting on the dates step: listeners check themselves in on that day only. */
export async function setMirrorMeetingDate(page: Page, base: string, date: string) {
  await page.goto(`${base}/dates`);
  await page.getByRole('group', { name: 'Spiegelbijeenkomst' }).getByLabel('Datum').fill(date);
  await page.getByRole('button', { name: 'Data opslaan' }).click();
  await page.getByText('De data zijn opgeslagen.').waitFor();
}
