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
