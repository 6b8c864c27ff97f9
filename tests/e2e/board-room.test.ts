// The board in a room (issue 14): notes can be removed and changed, a wrong code leads back to the
// form, a phone never scrolls sideways, and clustering by keyboard keeps its place.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, signIn, useBrowser, useFreshOrg } from './fixtures';

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'nl-NL', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const live = (page: Page) => page.getByText('Het bord is live.').waitFor();
const noteOn = (page: Page, text: string) => page.getByTestId('board-note').filter({ hasText: text });

/** Marks the loaded document: still marked later means the page changed without reloading. */
const markDocument = (page: Page) => page.evaluate(() => Object.assign(window, { __sameDocument: true }));
const sameDocument = (page: Page) => page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument === true);

/** The page does not scroll sideways. */
const fitsSideways = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth <= document.scrollingElement!.clientWidth);

/** A facilitator with a trajectory of their own (its creator becomes lead) and its board open at "Wat hoorden we?". */
async function facilitatorBoard(browser: Browser, email: string, slug: string, title: string) {
  const fac = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 1600 }, locale: 'nl-NL' }).then((c) => c.newPage());
  fac.setDefaultTimeout(20_000);
  await signIn(fac, email);
  await fac.goto(`/o/${slug}/t/new`);
  await fac.getByLabel('Titel').fill(title);
  await fac.getByLabel('Titel').press('Enter');
  await fac.waitForURL(/\/t\/[0-9a-f-]{36}$/);
  const base = new URL(fac.url()).pathname;
  await fac.goto(`${base}/board`);
  await fac.getByRole('button', { name: 'Open de terugkombijeenkomst' }).click();
  const code = (await fac.getByTestId('join-code').innerText()).trim();
  await fac.getByRole('button', { name: 'Verder naar: Wat hoorden we?' }).click();
  await fac.getByTestId('facilitator-phase').getByText('Wat hoorden we?').waitFor();
  await live(fac);
  return { fac, base, code };
}

async function join(browser: Browser, code: string) {
  const page = await phone(browser);
  await page.goto(`/p/board/${code}`);
  await page.getByRole('button', { name: 'Doe mee' }).click();
  await page.getByText('Je doet mee zonder naam.').waitFor();
  await live(page);
  return page;
}

async function postNote(page: Page, text: string) {
  await page.getByLabel('Wat hoorde je?').fill(text);
  await page.getByRole('button', { name: 'Plak bij: Is moeilijk' }).click();
  await noteOn(page, text).getByText('Van jou').waitFor();
}

describe('the board in a room (issue 14)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('hides and restores a note, lets a phone change and delete its own note, live and without sideways scrolling', async () => {
    const stamp = Date.now().toString(36);
    const { fac, base, code } = await facilitatorBoard(browser, org.people.coordinator.email, org.slug, `Bord in de zaal ${stamp}`);

    // A wrong code, typed or in the address, leads back to the code form with a clear message.
    const wrong = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    const lost = await phone(browser);
    // Still a 404 (a failed look-up, counted against guessing), with the code form right there.
    expect((await lost.goto(`/p/board/${wrong}`))?.status()).toBe(404);
    await lost.getByText('Er is geen bijeenkomst met deze code.', { exact: false }).first().waitFor();
    expect(await lost.getByLabel('Vul de code in').inputValue()).toBe(wrong);
    expect(await fitsSideways(lost)).toBe(true);
    await expectAccessible(lost);
    await lost.getByLabel('Vul de code in').fill(wrong.toLowerCase());
    await lost.getByRole('button', { name: 'Verder' }).click();
    await lost.getByText('Er is geen bijeenkomst met deze code.', { exact: false }).first().waitFor();
    expect(await lost.getByLabel('Vul de code in').inputValue()).toBe(wrong.toLowerCase());
    expect(new URL(lost.url()).pathname).toBe('/p/board');
    await lost.getByLabel('Vul de code in').fill(code);
    await lost.getByRole('button', { name: 'Verder' }).click();
    await lost.waitForURL(`**/p/board/${code}`);
    await lost.context().close();

    const writer = await join(browser, code);
    const reader = await join(browser, code);
    const projector = await fac.context().newPage();
    await projector.goto(`${base}/board/projector`);
    await live(projector);

    // A long Dutch word wraps on a 360 px phone instead of making the page scroll sideways.
    const long = `Jeugdgezondheidszorgverpleegkundigenspreekuurwachtlijstproblematiek ${stamp}`;
    const removed = `Te weinig tijd bij het consultatiebureau ${stamp}`;
    await postNote(writer, long);
    await postNote(writer, removed);
    await noteOn(reader, long).waitFor();
    await noteOn(reader, removed).waitFor();
    expect(await fitsSideways(writer)).toBe(true);
    expect(await fitsSideways(reader)).toBe(true);
    await expectAccessible(writer);
    await noteOn(projector, removed).waitFor();

    // The facilitator hides a note: it leaves the phones and the projector, and stays dimmed on the laptop.
    await markDocument(reader);
    await fac.getByRole('button', { name: `Verberg briefje: ${removed}` }).click();
    await noteOn(fac, removed).getByText('Verborgen').waitFor();
    expect(await noteOn(fac, removed).getAttribute('data-hidden')).toBe('true');
    await noteOn(reader, removed).waitFor({ state: 'detached' });
    await noteOn(writer, removed).waitFor({ state: 'detached' });
    await noteOn(projector, removed).waitFor({ state: 'detached' });
    expect(await sameDocument(reader)).toBe(true);
    await expectAccessible(fac);
    await expectAccessible(reader);

    // "Terugzetten" is the undo: the note is back everywhere, still the writer's own.
    await fac.getByRole('button', { name: `Zet briefje terug: ${removed}` }).click();
    await fac.getByRole('button', { name: `Verberg briefje: ${removed}` }).waitFor();
    await noteOn(reader, removed).waitFor();
    await noteOn(projector, removed).waitFor();
    await noteOn(writer, removed).getByText('Van jou').waitFor();
    expect(await sameDocument(reader)).toBe(true);
    expect(await noteOn(reader, removed).getByText('Van jou').count()).toBe(0);

    // The writer changes the text of its own note; every screen shows the new text without a reload.
    const changed = `Te weinig tijd bij het consultatiebureau, zeker bij het eerste kind ${stamp}`;
    await noteOn(writer, removed).getByText('Wijzig je briefje', { exact: true }).click();
    expect(await noteOn(writer, removed).getByLabel('Nieuwe tekst').inputValue()).toBe(removed);
    await noteOn(writer, removed).getByLabel('Nieuwe tekst').fill(changed);
    await expectAccessible(writer);
    await noteOn(writer, removed).getByRole('button', { name: 'Bewaar' }).click();
    await writer.getByText('Je briefje is gewijzigd.').waitFor();
    await reader.getByTestId('board-note').getByText(changed, { exact: true }).waitFor();
    await fac.getByTestId('board-note').getByText(changed, { exact: true }).waitFor();
    expect(await sameDocument(reader)).toBe(true);
    // Another phone has no way to change it.
    expect(await noteOn(reader, changed).getByRole('button', { name: 'Bewaar' }).count()).toBe(0);

    // And deletes it: gone from every screen.
    await writer.getByRole('button', { name: `Verwijder je briefje: ${changed}` }).click();
    await reader.getByTestId('board-note').getByText(changed, { exact: true }).waitFor({ state: 'detached' });
    await fac.getByTestId('board-note').getByText(changed, { exact: true }).waitFor({ state: 'detached' });
    await writer.getByTestId('board-note').getByText(changed, { exact: true }).waitFor({ state: 'detached' });
    await noteOn(reader, long).waitFor();
    expect(await sameDocument(reader)).toBe(true);
    expect(await fitsSideways(writer)).toBe(true);
    await expectAccessible(writer);
    await expectAccessible(projector);

    // Seeing new notes first (5e): a phone's note waits on the laptop until "Tonen".
    const moderation = fac.getByTestId('moderation');
    await moderation.getByRole('button', { name: 'Zet aan' }).click();
    await moderation.getByText('Dit staat aan.', { exact: false }).waitFor();
    await writer.getByText('De procesbegeleider leest nieuwe briefjes eerst.', { exact: false }).waitFor();
    await markDocument(reader);
    const waiting = `Niemand belt terug ${stamp}`;
    await postNote(writer, waiting);
    await noteOn(writer, waiting).getByText('Wacht op de procesbegeleider').waitFor();
    const onLaptop = fac.getByTestId('waiting-note').filter({ hasText: waiting });
    await onLaptop.waitFor();
    await expectAccessible(fac);
    expect(await noteOn(projector, waiting).count()).toBe(0);
    expect(await noteOn(reader, waiting).count()).toBe(0);
    await fac.getByRole('button', { name: `Toon briefje: ${waiting}` }).click();
    await noteOn(projector, waiting).waitFor();
    await noteOn(reader, waiting).waitFor();
    await onLaptop.waitFor({ state: 'detached' });
    await noteOn(fac, waiting).waitFor();
    await noteOn(writer, waiting).getByText('Wacht op de procesbegeleider').waitFor({ state: 'detached' });
    await noteOn(writer, waiting).getByText('Van jou').waitFor();
    // Shown as the change its event carried, without reading the page again.
    expect(await sameDocument(reader)).toBe(true);
    await expectAccessible(fac);
    await expectAccessible(writer);
  });

  it('keeps the focus on a note moved by keyboard, and reaches a theme without tabbing past every note', async () => {
    const stamp = Date.now().toString(36);
    const { fac } = await facilitatorBoard(browser, org.people.coordinator.email, org.slug, `Toetsen in de zaal ${stamp}`);
    const notes = Array.from({ length: 8 }, (_, i) => `Briefje ${i + 1} ${stamp}`);
    for (const text of notes) {
      await fac.getByLabel('Briefje', { exact: true }).fill(text);
      await fac.getByRole('button', { name: 'Plak bij: Is moeilijk' }).click();
      await noteOn(fac, text).waitFor();
    }
    const theme = `Wachten ${stamp}`;
    await fac.getByLabel('Naam van het nieuwe thema').fill(theme);
    await fac.getByRole('button', { name: 'Thema maken' }).click();
    await fac.getByRole('heading', { name: theme, exact: true }).waitFor();

    // Keyboard only: choose the theme, Tab to "Verplaats", Enter; the note moves and keeps the focus.
    const last = notes.at(-1)!;
    const select = noteOn(fac, last).getByLabel('Thema', { exact: true });
    await select.focus();
    await fac.keyboard.press('ArrowDown');
    await fac.keyboard.press('Tab');
    await fac.keyboard.press('Enter');
    const moved = fac
      .getByTestId('board-group')
      .filter({ has: fac.getByRole('heading', { name: theme, exact: true }) })
      .getByTestId('board-note')
      .filter({ hasText: last });
    await moved.waitFor();
    await expect.poll(() => moved.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    // From there the keyboard goes on inside that note.
    await fac.keyboard.press('Tab');
    expect(await moved.evaluate((el) => el.contains(document.activeElement) && document.activeElement !== el)).toBe(true);

    // The theme's link puts the keyboard at the theme: its note is a few Tabs away, not past all eight notes.
    await fac
      .getByRole('navigation', { name: 'Naar een thema' })
      .getByRole('link', { name: `${theme} (1)` })
      .focus();
    await fac.keyboard.press('Enter');
    let presses = 0;
    while (!(await moved.getByLabel('Thema', { exact: true }).evaluate((el) => el === document.activeElement)) && presses < 30) {
      await fac.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeLessThanOrEqual(3);
    await expectAccessible(fac);
  });

  it('speaks Arabic to a phone without JavaScript and Polish to one that asks for it, also for a wrong code; Turkish and Ukrainian pass axe (issue 15)', async () => {
    const { fac, code } = await facilitatorBoard(browser, org.people.coordinator.email, org.slug, `Bord in talen ${Date.now().toString(36)}`);

    // Arabic, chosen on the page, without JavaScript, at 360 px: right to left, Arabic texts and messages.
    const arabic = await browser
      .newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'nl-NL', javaScriptEnabled: false })
      .then((c) => c.newPage());
    await arabic.goto(`/p/board/${code}`);
    await arabic.getByRole('link', { name: 'العربية' }).click();
    await arabic.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await arabic.getByRole('button', { name: 'شاركوا' }).click();
    await arabic.getByText('أنتم تشاركون بدون اسم.').waitFor();
    await arabic.getByText('الآن: ماذا سمعنا؟').waitFor();
    // Sending an empty note: the message next to the field is Arabic too; then a note goes on the board.
    await arabic.getByRole('button', { name: 'ألصقوا عند: صعب' }).click();
    await arabic.getByText('اكتبوا شيئًا أولًا.').first().waitFor();
    await arabic.getByLabel('ماذا سمعتم؟').fill('الانتظار طويل جدًا');
    await arabic.getByRole('button', { name: 'ألصقوا عند: صعب' }).click();
    await noteOn(arabic, 'الانتظار طويل جدًا').waitFor();
    expect(await fitsSideways(arabic)).toBe(true);
    await noteOn(fac, 'الانتظار طويل جدًا').waitFor();
    // Typing a code: the language chosen stays (the cookie), a wrong code is answered in Arabic.
    await arabic.goto('/p/board');
    await arabic.getByRole('heading', { level: 1, name: 'شاركوا في لقاء المتابعة' }).waitFor();
    await arabic.getByLabel('اكتبوا الرمز').fill('ZZ');
    await arabic.getByRole('button', { name: 'متابعة' }).click();
    await arabic.getByText('هذا الرمز غير صحيح. الرمز مكوّن من ست أحرف.').first().waitFor();
    // An old QR code or a mistyped address: still a 404, the code form in Arabic, right to left, the code kept.
    const wrong = code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    expect((await arabic.goto(`/p/board/${wrong}`))?.status()).toBe(404);
    await arabic.locator('html[lang="ar"][dir="rtl"]').waitFor({ state: 'attached' });
    await arabic.getByRole('heading', { level: 1, name: 'شاركوا في لقاء المتابعة' }).waitFor();
    await arabic.getByText('لا يوجد لقاء بهذا الرمز.', { exact: false }).first().waitFor();
    expect(await arabic.getByLabel('اكتبوا الرمز').inputValue()).toBe(wrong);
    expect(await arabic.getByRole('link', { name: 'العربية' }).getAttribute('aria-current')).toBe('true');
    expect(await fitsSideways(arabic)).toBe(true);

    // Polish from the browser's language, with JavaScript: live, and axe on the page.
    const polish = await browser
      .newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'pl-PL', isMobile: true, hasTouch: true })
      .then((c) => c.newPage());
    await polish.goto(`/p/board/${code}`);
    await polish.locator('html[lang="pl"]').waitFor({ state: 'attached' });
    await polish.getByRole('button', { name: 'Dołącz' }).click();
    await polish.getByText('Bierzesz udział bez imienia.').waitFor();
    await polish.getByText('Tablica działa na żywo.').waitFor();
    await noteOn(polish, 'الانتظار طويل جدًا').waitFor();
    await expectAccessible(polish);
    // A wrong address in Polish: the code form with its message, and axe on it.
    expect((await polish.goto(`/p/board/${wrong}`))?.status()).toBe(404);
    await polish.locator('html[lang="pl"][dir="ltr"]').waitFor({ state: 'attached' });
    await polish.getByText('Nie ma spotkania z tym kodem.', { exact: false }).first().waitFor();
    expect(await polish.getByLabel('Wpisz kod').inputValue()).toBe(wrong);
    await expectAccessible(polish);
    await Promise.all([arabic.context().close(), polish.context().close()]);

    // Turkish and Ukrainian (issue 15): the join page and the code page pass axe in them too.
    const checker = await phone(browser);
    for (const [lang, joinButton, enterTitle] of [
      ['tr', 'Katıl', 'Takip toplantısına katılın'],
      ['uk', 'Приєднатися', 'Приєднайтеся до підсумкової зустрічі'],
    ] as const) {
      await checker.goto(`/p/board/${code}?lang=${lang}`);
      await checker.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      await checker.getByRole('button', { name: joinButton }).waitFor();
      await expectAccessible(checker);
      await checker.goto(`/p/board?lang=${lang}`);
      await checker.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      await checker.getByRole('heading', { level: 1, name: enterTitle }).waitFor();
      await expectAccessible(checker);
    }
    await Promise.all([checker.context().close(), fac.context().close()]);
  });
});
