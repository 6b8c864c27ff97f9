// The follow-up session (S7) from join to top 10: the facilitator on a laptop, three listeners on
// phones (separate browser contexts, no accounts) and the projector, all following live.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, signIn, useBrowser, useFreshOrg } from './fixtures';

async function phone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'nl-NL', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** The page has hydrated and its event stream is open: from now on it follows the board live. */
async function live(page: Page) {
  await page.getByText('Het bord is live.').waitFor();
}

async function postNote(page: Page, text: string, column: 'Gaat goed' | 'Is moeilijk') {
  await page.getByLabel('Wat hoorde je?').fill(text);
  await page.getByRole('button', { name: `Plak bij: ${column}` }).click();
  await page.getByText('Je briefje staat op het bord.').waitFor();
  await expect.poll(() => page.getByLabel('Wat hoorde je?').inputValue()).toBe('');
}

/** Starts counting the page's loader reloads (GET of `.data`); the returned function stops and gives them. */
function watchReloads(page: Page) {
  const urls: string[] = [];
  const onRequest = (request: { method: () => string; url: () => string }) => {
    if (request.method() === 'GET' && request.url().includes('.data')) urls.push(request.url());
  };
  page.on('request', onRequest);
  return () => {
    page.off('request', onRequest);
    return urls;
  };
}

const noteOn = (page: Page, text: string) => page.getByTestId('board-note').filter({ hasText: text });

/** Puts a note in a theme with the note's own form: choose the theme, press "Verplaats". */
async function moveNote(page: Page, text: string, theme: string) {
  const note = noteOn(page, text);
  await note.getByLabel('Thema', { exact: true }).selectOption({ label: theme });
  await note.getByRole('button', { name: `Verplaats het briefje: ${text}` }).click();
  await page
    .getByTestId('board-group')
    .filter({ has: page.getByRole('heading', { name: theme }) })
    .getByTestId('board-note')
    .filter({ hasText: text })
    .waitFor();
}

async function addIdea(page: Page, theme: string, text: string) {
  const section = page.getByTestId('idea-theme').filter({ has: page.getByRole('heading', { name: theme }) });
  await section.getByLabel(`Jouw idee voor: ${theme}`).fill(text);
  await section.getByRole('button', { name: 'Idee toevoegen' }).click();
  await section.getByTestId('board-idea').filter({ hasText: text }).waitFor();
}

/** One more dot on an idea; waits until the phone shows the dots that are left. */
async function dot(page: Page, idea: string, left: number) {
  await page.getByRole('button', { name: `Stip erbij voor: ${idea} (Stippen)` }).click();
  const expected = left === 0 ? 'Je hebt geen stippen meer' : left === 1 ? 'Je hebt nog 1 stip' : `Je hebt nog ${left} stippen`;
  await page.getByTestId('dots-left').getByText(expected, { exact: true }).waitFor();
}

async function next(fac: Page, phase: string) {
  await fac.getByRole('button', { name: `Verder naar: ${phase}` }).click();
  await fac.getByTestId('facilitator-phase').getByText(phase).waitFor();
}

describe('the follow-up session on phones, laptop and projector (S7a–S7c)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('runs from joining to a top 10 with ties and a pledge', async () => {
    const stamp = Date.now().toString(36);
    const fac = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 1600 }, locale: 'nl-NL' }).then((c) => c.newPage());
    fac.setDefaultTimeout(20_000);
    await signIn(fac, org.people.coordinator.email);
    await fac.goto(`/o/${org.slug}`);
    await fac.getByRole('link', { name: 'Terugkomen in Noord' }).first().click();
    await fac.waitForURL(/\/t\/[0-9a-f-]{36}$/);
    const base = new URL(fac.url()).pathname;

    // Step 7 in the step navigation; the board is not open yet.
    await fac.getByRole('navigation', { name: 'Onderdelen van dit traject' }).getByRole('link', { name: '7 Terugkombijeenkomst' }).click();
    await fac.getByRole('heading', { level: 1, name: 'Terugkombijeenkomst' }).waitFor();
    await fac.getByRole('button', { name: 'Open de terugkombijeenkomst' }).click();
    const code = (await fac.getByTestId('join-code').innerText()).trim();
    expect(code).toMatch(/^[A-Z]{6}$/);
    await live(fac);
    await expectAccessible(fac);

    // The projector: address, code and QR, no names.
    const projector = await fac.context().newPage();
    await projector.goto(`${base}/board/projector`);
    await projector.getByTestId('projector-code').getByText(code).waitFor();
    await projector.getByRole('img', { name: `QR-code om mee te doen met de code ${code}` }).waitFor();
    expect(await projector.getByTestId('projector-join').innerText()).toContain(`${baseUrl()}/p/board`);
    await live(projector);
    await expectAccessible(projector);

    // Three listeners: one types the code (sloppily), two follow the link.
    const sanne = await phone(browser);
    await sanne.goto('/p/board');
    await expectAccessible(sanne);
    await sanne.getByLabel('Vul de code in').fill('abc');
    await sanne.getByRole('button', { name: 'Verder' }).click();
    await sanne.getByText('Deze code klopt niet.', { exact: false }).first().waitFor();
    expect(await sanne.getByLabel('Vul de code in').inputValue()).toBe('abc');
    await sanne.getByLabel('Vul de code in').fill(`${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`);
    await sanne.getByRole('button', { name: 'Verder' }).click();
    await sanne.waitForURL(`**/p/board/${code}`);
    await sanne.getByText('Je hebt geen account nodig.', { exact: false }).waitFor();
    await expectAccessible(sanne);
    await sanne.getByLabel('Je naam (mag je leeg laten)').fill(`Sanne ${stamp}`);
    await sanne.getByRole('button', { name: 'Doe mee' }).click();
    await sanne.getByText(`Je doet mee als Sanne ${stamp}.`).waitFor();

    const ahmed = await phone(browser);
    await ahmed.goto(`/p/board/${code}`);
    await ahmed.getByLabel('Je naam (mag je leeg laten)').fill(`Ahmed ${stamp}`);
    await ahmed.getByRole('button', { name: 'Doe mee' }).click();
    const noName = await phone(browser);
    await noName.goto(`/p/board/${code}`);
    await noName.getByRole('button', { name: 'Doe mee' }).click();
    await noName.getByText('Je doet mee zonder naam.').waitFor();
    for (const p of [sanne, ahmed, noName]) await live(p);
    await fac.getByText('3 mensen doen mee.').waitFor();

    // Everyone reads the board: a phone number typed on a phone is refused next to the field, and the text stays (R2).
    const touched = sanne.getByLabel('Wat raakte je? (mag je leeg laten)');
    await touched.fill(`Bel me op 06\u201312 34 56 78 ${stamp}`);
    await sanne.getByRole('button', { name: 'Plak het briefje' }).click();
    await sanne.getByText('Hier lijkt een naam, telefoonnummer, e-mailadres of adres te staan. Laat dat weg: iedereen kan dit lezen.').waitFor();
    expect(await touched.inputValue()).toBe(`Bel me op 06\u201312 34 56 78 ${stamp}`);

    // What touched you: an optional note, seen live by the facilitator.
    await sanne.getByLabel('Wat raakte je? (mag je leeg laten)').fill(`Hoe eerlijk de moeders waren ${stamp}`);
    await sanne.getByRole('button', { name: 'Plak het briefje' }).click();
    await fac.getByText(`Hoe eerlijk de moeders waren ${stamp}`).waitFor();

    // What did we hear: notes in two columns, live on the facilitator's screen and the projector.
    await next(fac, 'Wat hoorden we?');
    await sanne.getByTestId('board-phase').getByText('Nu: Wat hoorden we?').waitFor();
    const notes = {
      waiting: `Een half jaar wachten op hulp ${stamp}`,
      nurse: `De verpleegkundige neemt de tijd ${stamp}`,
      letters: `Brieven van de gemeente zijn te moeilijk ${stamp}`,
      morning: `Steun van andere moeders bij de inloop ${stamp}`,
    };
    await postNote(sanne, notes.waiting, 'Is moeilijk');
    await postNote(ahmed, notes.nurse, 'Gaat goed');
    await postNote(noName, notes.letters, 'Is moeilijk');
    // The phone does not reload its view after sending a note: the note comes pushed (decision 0012).
    const noteReloads = watchReloads(sanne);
    await postNote(sanne, notes.morning, 'Gaat goed');
    await noteOn(sanne, notes.morning).getByText('Van jou').waitFor();
    expect(noteReloads()).toEqual([]);
    for (const text of Object.values(notes)) await noteOn(fac, text).waitFor();
    // A phone marks its own notes, and only those (its note arrives pushed, like everyone's).
    await noteOn(sanne, notes.waiting).getByText('Van jou').waitFor();
    await noteOn(ahmed, notes.nurse).getByText('Van jou').waitFor();
    await noteOn(ahmed, notes.waiting).waitFor();
    expect(await noteOn(ahmed, notes.waiting).getByText('Van jou').count()).toBe(0);
    await noteOn(projector, notes.letters).waitFor();
    // Without JavaScript the phone page is plain forms: join and post a note all the same.
    const plain = await browser
      .newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'nl-NL', javaScriptEnabled: false })
      .then((c) => c.newPage());
    await plain.goto(`/p/board/${code}`);
    await plain.getByRole('button', { name: 'Doe mee' }).click();
    await plain.getByLabel('Wat hoorde je?').fill(`Zonder JavaScript geplakt ${stamp}`);
    await plain.getByRole('button', { name: 'Plak bij: Gaat goed' }).click();
    await plain.getByText('Je briefje staat op het bord.').waitFor();
    await noteOn(plain, `Zonder JavaScript geplakt ${stamp}`).waitFor();
    await noteOn(fac, `Zonder JavaScript geplakt ${stamp}`).waitFor();
    await plain.context().close();
    // An empty note is refused with a message next to the field.
    await ahmed.getByRole('button', { name: 'Plak bij: Gaat goed' }).click();
    await ahmed.getByText('Schrijf eerst iets op.').waitFor();

    // Themes: made by hand, notes clustered by form and by dragging.
    await next(fac, 'Thema’s maken');
    const access = `Toegang tot hulp ${stamp}`;
    const support = `Steun en contact ${stamp}`;
    for (const name of [access, support]) {
      await fac.getByLabel('Naam van het nieuwe thema').fill(name);
      await fac.getByRole('button', { name: 'Thema maken' }).click();
      await fac.getByRole('heading', { name, exact: true }).waitFor();
    }
    await fac.getByRole('button', { name: 'Stel thema’s voor' }).click();
    await fac.getByTestId('suggestions').waitFor();
    const suggestions = fac.getByTestId('suggestion');
    if ((await suggestions.count()) > 0) {
      const before = await suggestions.count();
      await suggestions
        .first()
        .getByRole('button', { name: /^Niet overnemen/ })
        .click();
      await expect.poll(() => suggestions.count()).toBe(before - 1);
    }
    await moveNote(fac, notes.waiting, access);
    await moveNote(fac, notes.letters, access);
    await moveNote(fac, notes.nurse, support);
    // A synthetic drag cannot scroll the page: start with the note at the top of the screen.
    await noteOn(fac, notes.morning).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await fac.dragAndDrop(
      `[data-testid="board-note"]:has-text("${notes.morning}")`,
      `[data-testid="board-group"]:has(h3:text-is("${support}"))`,
      // Hold the note by its text, not by its form controls.
      { sourcePosition: { x: 12, y: 12 } },
    );
    await fac
      .getByTestId('board-group')
      .filter({ has: fac.getByRole('heading', { name: support }) })
      .getByTestId('board-note')
      .filter({ hasText: notes.morning })
      .waitFor();
    // The phones show the same grouping.
    await sanne
      .getByTestId('board-group')
      .filter({ has: sanne.getByRole('heading', { name: support }) })
      .getByText(notes.morning)
      .waitFor();

    // The guardian's work: a note rests on the parents' words, another is an interpretation.
    const waitingNote = noteOn(fac, notes.waiting);
    await waitingNote.getByText(`Voor de waarschuwer: ${notes.waiting}`).click();
    await waitingNote.getByRole('link', { name: `Koppel aan citaat: ${notes.waiting}` }).click();
    await waitingNote.getByTestId('quote-search').waitFor();
    await waitingNote.getByLabel('Zoek in het verslag').fill('wachtlijst');
    await waitingNote.getByRole('button', { name: 'Zoeken' }).click();
    const quote = 'We stonden een half jaar op de wachtlijst. In die tijd hoorden we niemand.';
    await waitingNote.getByRole('button', { name: `Koppel dit citaat: ${quote}` }).click();
    await waitingNote.getByTestId('linked-quote').getByText(quote).waitFor();
    await noteOn(sanne, notes.waiting).getByTestId('mark-quote').waitFor();
    await fac.getByRole('link', { name: 'Klaar met koppelen' }).click();

    const lettersNote = noteOn(fac, notes.letters);
    await lettersNote.getByText(`Voor de waarschuwer: ${notes.letters}`).click();
    await lettersNote.getByLabel('Dit is een interpretatie, niet wat ouders zeiden').check();
    await lettersNote.getByLabel('Toelichting bij de interpretatie').fill('Ouders noemden vooral de taal, niet de moeilijkheid.');
    await lettersNote.getByRole('button', { name: `Interpretatie opslaan: ${notes.letters}` }).click();
    await noteOn(ahmed, notes.letters).getByTestId('mark-interpretation').waitFor();
    await expectAccessible(fac);
    await expectAccessible(sanne);

    // What shall we do: ideas hidden from the others until the facilitator reveals them.
    await next(fac, 'Wat gaan we doen?');
    await sanne.getByText('Wanneer werkt het niet?').waitFor();
    const ideas = {
      contact: `Eén vast aanspreekpunt ${stamp}`,
      honest: `Eerlijk zeggen hoe lang het duurt ${stamp}`,
      weekly: `Elke week een inloopochtend ${stamp}`,
      plain: `Brieven in gewone taal ${stamp}`,
    };
    await addIdea(sanne, access, ideas.contact);
    await addIdea(ahmed, access, ideas.honest);
    await addIdea(noName, support, ideas.weekly);
    // On behalf of the room, for someone without a phone.
    const behalf = fac.locator('form', { has: fac.getByRole('button', { name: 'Idee toevoegen namens de zaal' }) });
    await behalf.getByLabel('Thema', { exact: true }).selectOption({ label: access });
    await behalf.getByLabel('Idee', { exact: true }).fill(ideas.plain);
    await behalf.getByRole('button', { name: 'Idee toevoegen namens de zaal' }).click();
    await fac.getByTestId('facilitator-idea').filter({ hasText: ideas.plain }).getByText('Namens de zaal').waitFor();
    expect(await sanne.getByText(ideas.honest).count()).toBe(0);
    await projector.getByText('4 ideeën geschreven.').waitFor();
    await fac.getByRole('button', { name: 'Laat alle ideeën zien' }).click();
    await sanne.getByText(ideas.honest).waitFor();
    await projector.getByTestId('projector-idea').filter({ hasText: ideas.plain }).waitFor();

    // Voting: 5 dots each; a sixth is refused with a message.
    await next(fac, 'Stemmen');
    await sanne.getByText('Je hebt nog 5 stippen').waitFor();
    await dot(sanne, ideas.contact, 4);
    await dot(sanne, ideas.contact, 3);
    await dot(sanne, ideas.contact, 2);
    await dot(sanne, ideas.honest, 1);
    await dot(sanne, ideas.honest, 0);
    await sanne.getByRole('button', { name: `Stip erbij voor: ${ideas.weekly} (Stippen)` }).click();
    await sanne.getByText('Je hebt geen stippen meer. Haal eerst een stip weg bij een ander idee.').waitFor();
    // A vote's answer holds the phone's own dots: no reload of its view after a vote (decision 0012).
    const voteReloads = watchReloads(ahmed);
    await dot(ahmed, ideas.honest, 4);
    await dot(ahmed, ideas.honest, 3);
    await dot(ahmed, ideas.weekly, 2);
    await dot(ahmed, ideas.weekly, 1);
    await dot(ahmed, ideas.weekly, 0);
    const weeklyVote = ahmed.getByTestId('vote-idea').filter({ hasText: ideas.weekly }).getByTestId('my-dots');
    await weeklyVote.getByText('3 stippen van jou').waitFor();
    expect(voteReloads()).toEqual([]);
    for (const left of [4, 3, 2, 1]) await dot(noName, ideas.contact, left);
    await dot(noName, ideas.weekly, 0);
    // Counted paper stickers for the idea written on behalf of the room.
    const plainRow = fac.getByTestId('tally-idea').filter({ hasText: ideas.plain });
    await plainRow.getByLabel('Papieren stippen (Stippen)').fill('4');
    await plainRow.getByRole('button', { name: `Papieren stippen opslaan voor: ${ideas.plain}` }).click();
    await plainRow.getByText('De papieren stippen zijn opgeslagen.').waitFor();
    await fac.getByTestId('tally-idea').filter({ hasText: ideas.contact }).getByText('7 stippen in totaal').waitFor();

    // Tomorrow: a personal step with a reminder.
    await next(fac, 'Wat doe jij morgen anders?');
    const pledge = `Ik bel ouders zelf terug binnen een dag ${stamp}`;
    await ahmed.getByLabel('Wat ga jij morgen anders doen?').fill(pledge);
    await ahmed.getByLabel('Je e-mailadres (mag je leeg laten)').fill('ahmed-is-fout');
    await ahmed.getByRole('button', { name: 'Bewaar mijn stap' }).click();
    await ahmed.getByText('Dit e-mailadres klopt niet.', { exact: false }).waitFor();
    expect(await ahmed.getByLabel('Wat ga jij morgen anders doen?').inputValue()).toBe(pledge);
    await ahmed.getByLabel('Je e-mailadres (mag je leeg laten)').fill(`ahmed-${stamp}@example.org`);
    await ahmed.getByLabel('Na hoeveel weken wil je de herinnering?').fill('6');
    await ahmed.getByRole('button', { name: 'Bewaar mijn stap' }).click();
    await ahmed.getByTestId('my-pledges').getByText(pledge).waitFor();
    await fac.getByTestId('pledges').getByText(pledge).waitFor();
    await projector.getByText('1 persoon schreef een stap op.').waitFor();
    expect(await fac.getByText(`ahmed-${stamp}@example.org`).count()).toBe(0);

    // Closing: the ranked top 10 with ties, everywhere, and the draft change agenda.
    await fac.getByRole('button', { name: 'Sluit de stemming' }).click();
    await fac.getByText('De top 10 is nu het concept van de veranderagenda.').waitFor();
    for (const page of [fac, sanne, ahmed, noName, projector]) {
      const top = page.getByTestId('board-top');
      await top.getByTestId('top-item').filter({ hasText: ideas.contact }).getByText('1e plaats').waitFor();
      for (const tied of [ideas.honest, ideas.weekly, ideas.plain])
        await top.getByTestId('top-item').filter({ hasText: tied }).getByText('gedeelde 2e plaats').waitFor();
    }
    await expectAccessible(sanne);
    await expectAccessible(fac);
    await expectAccessible(projector);
    // No names on the projector, ever.
    const shown = await projector.locator('main').innerText();
    expect(shown).not.toContain(`Sanne ${stamp}`);
    expect(shown).not.toContain(`Ahmed ${stamp}`);

    // The overview says step 7 is done.
    await fac.goto(base);
    const step7 = fac.getByTestId('step').filter({ hasText: 'Stap 7' });
    expect(await step7.getAttribute('data-state')).toBe('done');
    await step7.getByText('De stemming is gesloten.', { exact: false }).waitFor();
  }, 240_000);
});
