// Clustering on the follow-up board with the keyboard only gives the same result as dragging:
// each note's "Thema" choice and "Verplaats" button post exactly what a drop posts.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';

/** Tabs forward until the element has focus (at most `max` presses): the way a keyboard user gets there. */
async function tabTo(page: Page, target: Locator, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('focus never reached the element');
}

const group = (page: Page, theme: string) => page.getByTestId('board-group').filter({ has: page.getByRole('heading', { name: theme, exact: true }) });
const note = (page: Page, text: string) => page.getByTestId('board-note').filter({ hasText: text });

/** The theme a note is in, as its own form says. */
const themeOf = (page: Page, text: string) =>
  note(page, text)
    .getByLabel('Thema', { exact: true })
    .evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');

/** Keyboard only: focus the note's theme choice, pick with the arrow keys, Tab to "Verplaats", Enter. */
async function moveByKeyboard(page: Page, text: string, theme: string) {
  const select = note(page, text).getByLabel('Thema', { exact: true });
  await select.focus();
  const options = await select.locator('option').allTextContents();
  const current = options.indexOf(await themeOf(page, text));
  const wanted = options.indexOf(theme);
  expect(wanted).toBeGreaterThanOrEqual(0);
  for (let i = current; i < wanted; i++) await page.keyboard.press('ArrowDown');
  for (let i = current; i > wanted; i--) await page.keyboard.press('ArrowUp');
  expect(await themeOf(page, text)).toBe(theme);
  await page.keyboard.press('Tab');
  expect(
    await note(page, text)
      .getByRole('button', { name: `Verplaats het briefje: ${text}` })
      .evaluate((el) => el === document.activeElement),
  ).toBe(true);
  await page.keyboard.press('Enter');
  await group(page, theme === 'Geen thema' ? 'Nog zonder thema' : theme)
    .getByTestId('board-note')
    .filter({ hasText: text })
    .waitFor();
}

/**
 * Drags a note onto a theme with page.dragAndDrop. The note is first scrolled to the top, so the
 * theme is on screen too: a synthetic drag cannot scroll the page while it is under way.
 */
async function moveByDragging(page: Page, text: string, theme: string) {
  await note(page, text).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.dragAndDrop(`[data-testid="board-note"]:has-text("${text}")`, `[data-testid="board-group"]:has(h3:text-is("${theme}")) h3`, {
    // Hold the note by its text, not by its form controls.
    sourcePosition: { x: 12, y: 12 },
  });
  await group(page, theme).getByTestId('board-note').filter({ hasText: text }).waitFor();
}

describe('clustering notes with the keyboard only (S7a)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('gives the same themes as drag and drop', async () => {
    const stamp = Date.now().toString(36);
    const page = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 1600 }, locale: 'nl-NL' }).then((c) => c.newPage());
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);

    // A trajectory of its own (its creator becomes lead), so the demo's board is left alone.
    await page.goto(`/o/${org.slug}/t/new`);
    await page.getByLabel('Titel').fill(`Toetsenbord terugkom ${stamp}`);
    await page.getByLabel('Titel').press('Enter');
    await page.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    await page.goto(`${new URL(page.url()).pathname}/board`);

    const open = page.getByRole('button', { name: 'Open de terugkombijeenkomst' });
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    await page.getByTestId('join-code').waitFor();
    const onward = page.getByRole('button', { name: 'Verder naar: Wat hoorden we?' });
    await tabTo(page, onward);
    await page.keyboard.press('Enter');
    await page.getByTestId('facilitator-phase').getByText('Wat hoorden we?').waitFor();

    // Notes on behalf of the room, typed and sent from the keyboard.
    const notes = [`Lange wachtlijst ${stamp}`, `Fijne inloop ${stamp}`, `Moeilijke formulieren ${stamp}`, `Vaste contactpersoon werkt ${stamp}`];
    for (const [i, text] of notes.entries()) {
      const field = page.getByLabel('Briefje', { exact: true });
      await field.focus();
      await page.keyboard.type(text);
      await page.keyboard.press('Tab');
      if (i % 2 === 1) await page.keyboard.press('Tab'); // the second button: "Is moeilijk"
      await page.keyboard.press('Enter');
      await note(page, text).getByText('Namens de zaal').waitFor();
      await expect.poll(() => field.inputValue()).toBe('');
    }

    const themes = [`Wachten ${stamp}`, `Contact ${stamp}`];
    for (const name of themes) {
      const field = page.getByLabel('Naam van het nieuwe thema');
      await field.focus();
      await page.keyboard.type(name);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name, exact: true }).waitFor();
      // The form empties itself after success; typing the next name before that would be lost.
      await expect.poll(() => field.inputValue()).toBe('');
    }
    await expectAccessible(page);

    // Keyboard: the first two notes; dragging: the other two, to the same themes.
    await moveByKeyboard(page, notes[0]!, themes[0]!);
    await moveByKeyboard(page, notes[1]!, themes[1]!);
    await moveByDragging(page, notes[2]!, themes[0]!);
    await moveByDragging(page, notes[3]!, themes[1]!);
    expect(await themeOf(page, notes[0]!)).toBe(themes[0]);
    expect(await themeOf(page, notes[2]!)).toBe(themes[0]);
    expect(await themeOf(page, notes[1]!)).toBe(themes[1]);
    expect(await themeOf(page, notes[3]!)).toBe(themes[1]);

    // The other way round: a dragged note moved back by keyboard, a keyboard note by dragging.
    await moveByKeyboard(page, notes[2]!, themes[1]!);
    await moveByDragging(page, notes[0]!, themes[1]!);
    await page.reload();
    for (const text of [notes[0]!, notes[2]!]) expect(await themeOf(page, text)).toBe(themes[1]);
    expect(await group(page, themes[0]!).getByTestId('board-note').count()).toBe(0);
    expect(await group(page, themes[1]!).getByTestId('board-note').count()).toBe(4);

    // Taking a note out of its theme works the same way.
    await moveByKeyboard(page, notes[1]!, 'Geen thema');
    expect(await themeOf(page, notes[1]!)).toBe('Geen thema');
    await expectAccessible(page);
  });

  it('shows others in the organisation where to follow the session, and refuses them the board', async () => {
    // jgz@ is in the workgroup of "Opgroeien in De Schans", without a role on the board.
    const page = await newPage(browser);
    try {
      await signIn(page, org.people.youthHealth.email);
      await page.goto(`/o/${org.slug}`);
      const base = (await page.getByRole('link', { name: 'Opgroeien in De Schans' }).first().getAttribute('href'))!;
      await page.goto(`${base}/board`);
      await page.getByRole('heading', { name: 'Wie doet wat' }).waitFor();
      expect(await page.getByRole('button', { name: 'Open de terugkombijeenkomst' }).count()).toBe(0);
      await expectAccessible(page);
      const refused = await page.evaluate(async (url) => {
        const body = new URLSearchParams({ intent: 'open' });
        return (await fetch(url, { method: 'POST', body })).status;
      }, `${base}/board`);
      expect(refused).toBe(403);
    } finally {
      await page.context().close();
    }
  });
});
