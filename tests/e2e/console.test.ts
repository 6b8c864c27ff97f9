// S6b: the conversation leader runs the console on a tablet; a reload and a second device keep the state.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, signIn, useBrowser, useFreshOrg } from './fixtures';
import { pressConsole } from './journeys';

async function tablet(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 1024, height: 768 },
    locale: 'nl-NL',
  });
  return context.newPage();
}

async function trajectoryBase(page: Page, orgSlug: string): Promise<string> {
  await page.goto(`/o/${orgSlug}`);
  return (await page.getByRole('link', { name: 'Opgroeien in De Schans' }).first().getAttribute('href'))!;
}

/** Adds a parent as registered and moves them to confirmed. */
async function addConfirmed(page: Page, base: string, name: string) {
  await page.goto(`${base}/participants`);
  const form = page.locator('form', {
    has: page.getByRole('button', { name: 'Deelnemer toevoegen' }),
  });
  await form.getByLabel('Voornaam of roepnaam').fill(name);
  await form.getByLabel('Telefoonnummer').fill('06 9988 7766');
  await form.getByLabel('Stap', { exact: true }).selectOption({ label: 'Aangemeld' });
  await form.getByRole('button', { name: 'Deelnemer toevoegen' }).click();
  await page.getByText(`${name} is toegevoegd.`).waitFor();
  await page.getByRole('button', { name: `Naar bevestigd: ${name}` }).click();
  await page.getByTestId('status-confirmed').getByText(name, { exact: true }).waitFor();
}

const question = (page: Page) => page.getByTestId('console-question').textContent();
const turn = (page: Page) => page.getByTestId('console-turn').textContent();

describe('conversation-leader console (S6b)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('starts, goes round the circle, survives a reload and shows the same on a second device', async () => {
    const stamp = Date.now().toString(36);
    const parents = [`Zora${stamp}`, `Youssef${stamp}`];
    const ask = `Waar gaat u graag heen met uw kinderen (${stamp})?`;
    const page = await tablet(browser);
    await signIn(page, org.people.coordinator.email);
    const base = await trajectoryBase(page, org.slug);
    for (const name of parents) await addConfirmed(page, base, name);

    // A chosen question, handed in through the open link and chosen by the workgroup.
    await page.goto(`${base}/questions`);
    const code = (await page.getByTestId('question-code').textContent())!.replace('Code:', '').trim();
    await page.goto(`/p/questions/${code}`);
    await page.getByLabel('Uw vraag').fill(ask);
    await page.getByRole('button', { name: 'Vraag versturen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Dank u wel' }).waitFor();
    await page.goto(`${base}/questions`);
    const card = page.getByTestId('question').filter({
      has: page.getByTestId('question-text').getByText(ask, { exact: true }),
    });
    await card.getByRole('button', { name: 'Kiezen' }).click();
    await card.getByText('Gekozen', { exact: true }).waitFor();

    // ── The console, from the beginning.
    await page.goto(`${base}/console`);
    await page.getByRole('heading', { level: 1, name: 'Het spiegelgesprek leiden' }).waitFor();
    if (await page.getByRole('button', { name: 'Opnieuw beginnen' }).count()) await pressConsole(page, 'Opnieuw beginnen');
    await page.getByTestId('console-phase').getByText('Stand: Nog niet begonnen').waitFor();
    const seats = page.getByTestId('console-seat');
    for (const name of parents) await seats.filter({ hasText: name }).waitFor();
    await page.getByTestId('console-queue').getByText(ask).waitFor();
    await expectAccessible(page);
    const mainText = (await page.locator('main').textContent())!;
    expect(mainText).not.toContain('06 9988 7766');

    await pressConsole(page, 'Gesprek beginnen');
    await page.getByTestId('console-phase').getByText('Stand: Het gesprek loopt').waitFor();
    expect(await page.getByTestId('console-elapsed').textContent()).toBe('0 minuten van de 90 minuten');
    const firstSeat = (await seats.first().locator('.console-name').textContent())!;
    const secondSeat = (await seats.nth(1).locator('.console-name').textContent())!;
    expect(await turn(page)).toBe(`Aan de beurt: ${firstSeat}`);
    expect(
      await page
        .getByRole('heading', {
          level: 2,
          name: /^Vraag 1 van \d+ · Openingsvraag$/,
        })
        .count(),
    ).toBe(1);
    await expectAccessible(page);

    await pressConsole(page, 'Beantwoord');
    await seats.first().getByText('Beantwoord').waitFor();
    await pressConsole(page, 'Volgende ouder');
    expect(await turn(page)).toBe(`Aan de beurt: ${secondSeat}`);
    await expect.poll(() => seats.nth(1).getAttribute('aria-current')).toBe('true');
    await pressConsole(page, 'Volgende vraag');
    await page.getByRole('heading', { level: 2, name: /^Vraag 2 van \d+/ }).waitFor();
    expect(await turn(page)).toBe(`Aan de beurt: ${firstSeat}`);
    const second = await question(page);

    // A reload shows the same state.
    await page.reload();
    expect(await question(page)).toBe(second);
    expect(await turn(page)).toBe(`Aan de beurt: ${firstSeat}`);

    // A second device (same person) follows the first.
    const other = await tablet(browser);
    await signIn(other, org.people.coordinator.email);
    await other.goto(`${base}/console`);
    expect(await question(other)).toBe(second);
    await pressConsole(page, 'Volgende vraag');
    const third = await question(page);
    expect(third).not.toBe(second);
    // Live updates once the realtime endpoint exists; until then a reload shows the new state.
    const live = await other.evaluate(async () => {
      const abort = new AbortController();
      const response = await fetch('/events?channels=x', {
        signal: abort.signal,
      });
      abort.abort();
      return response.status !== 404;
    });
    await expect
      .poll(
        async () => {
          if (!live) await other.reload();
          return question(other);
        },
        { timeout: 20_000 },
      )
      .toBe(third);
    await expectAccessible(other);

    // Without JavaScript the console works through plain forms; a press on an outdated screen is
    // refused and the fresh state is shown.
    const context = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1024, height: 768 },
      locale: 'nl-NL',
      javaScriptEnabled: false,
    });
    const plain = await context.newPage();
    await signIn(plain, org.people.coordinator.email);
    await plain.goto(`${base}/console`);
    expect(await question(plain)).toBe(third);
    await pressConsole(page, 'Volgende ouder');
    await plain.getByRole('button', { name: 'Beantwoord', exact: true }).click();
    await plain.getByText('Iemand anders heeft het scherm net bijgewerkt; de nieuwe stand staat nu in beeld').waitFor();
    expect(await turn(plain)).toBe(await turn(page));
    await plain.getByRole('button', { name: 'Beantwoord', exact: true }).click();
    await plain.getByTestId('console-seat').filter({ hasText: secondSeat }).getByText('Beantwoord').waitFor();
    // (axe needs JavaScript in the page; the same markup is checked on the other screens.)
    await page.reload();
    await seats.filter({ hasText: secondSeat }).getByText('Beantwoord').waitFor();

    // End: the first-reactions rules are on the screen.
    await pressConsole(page, 'Gesprek afronden');
    await page.getByRole('heading', { level: 2, name: 'Eerste reacties' }).waitFor();
    await page.getByText('Eerst zegt de procesbegeleider kort hoe het luisteren was.').waitFor();
    await expectAccessible(page);
    await pressConsole(page, 'Eerste reacties zijn klaar');
    await page
      .getByRole('heading', {
        level: 2,
        name: 'Het spiegelgesprek is afgelopen',
      })
      .waitFor();
  });
});
