// The projector fills the wall (issue 14 item 6): at 1920×1080 every phase of a busy follow-up
// session fits without scrolling, in type of 24 px and up, with dots as bars and the pledges shown.
// The room's content is posted with the same forms the phones and the facilitator use (without
// their pages, to keep the journey short); the projector is watched as a browser would show it.
import { mkdirSync } from 'node:fs';
import type { APIRequestContext, Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, signIn, useBrowser, useFreshOrg } from './fixtures';

const SHOTS = 'test-results/board-projector';

const topics = [
  'De wachtlijst voor jeugdhulp is lang',
  'Brieven van de gemeente zijn moeilijk te lezen',
  'De verpleegkundige op het consultatiebureau neemt de tijd',
  'Ouders weten niet waar ze terecht kunnen met vragen',
  'De inloopochtend voelt als een veilige plek',
  'Hulpverleners wisselen te vaak',
  'Vaders worden vaak vergeten bij afspraken',
  'Een tolk regelen duurt te lang',
  'Moeders steunen elkaar in de buurt',
  'Formulieren voor toeslagen zijn ingewikkeld',
];
const angles = [
  'en daardoor voelen ouders zich alleen staan met hun zorgen.',
  'zeiden meerdere ouders, en dat raakte ons.',
  'en dat maakt het moeilijk om op tijd hulp te vragen.',
];
const heardNotes = Array.from({ length: 30 }, (_, i) => `${topics[i % 10]} (${i + 1}) ${angles[Math.floor(i / 10)]}`);
const touchedNotes = Array.from(
  { length: 8 },
  (_, i) =>
    `Het raakte me hoe open de ouders vertelden over ${['slapen', 'werk', 'school', 'geld', 'familie', 'de buurt', 'de eerste weken', 'het wachten'][i]}.`,
);
const themes = ['Toegang tot hulp', 'Taal en brieven', 'Steun in de buurt', 'Vaste gezichten'];
const ideaTexts = [
  'Eén vast aanspreekpunt per gezin',
  'Eerlijk zeggen hoe lang het wachten duurt',
  'Brieven laten lezen door ouders voor ze verstuurd worden',
  'Elke week een inloopochtend in de wijk',
  'Een tolk standaard aanbieden bij het eerste gesprek',
  'Vaders apart uitnodigen voor het kennismakingsgesprek',
  'Een overzicht van alle hulp op één kaart',
  'Wachttijd overbruggen met een maatje',
  'Formulieren samen invullen in de bibliotheek',
  'Ervaringsouders aan tafel bij beleid',
  'Minder wisselingen van hulpverleners',
  'Terugbellen binnen een dag',
  'Spreekuur op school in plaats van op kantoor',
  'Een jaarlijks gesprek met ouders over wat beter kan',
];
const paperDots = [9, 7, 7, 6, 5, 5, 4, 4, 3, 3, 2, 2, 1, 1];
const pledgeTexts = [
  'Ik bel ouders zelf terug binnen een dag.',
  'Ik schrijf mijn volgende brief in gewone taal.',
  'Ik vraag bij elk gesprek of er een tolk nodig is.',
  'Ik nodig ook de vader uit voor het eerste gesprek.',
  'Ik ga één keer per maand naar de inloopochtend.',
  'Ik vertel eerlijk hoe lang het wachten duurt.',
];

/** Posts a form the way a browser without JavaScript would (same origin), as this context's person. */
async function post(request: APIRequestContext, path: string, form: Record<string, string>) {
  const res = await request.post(path, { form, headers: { origin: baseUrl() }, maxRedirects: 0 });
  expect(res.status(), `${form.intent} on ${path}`).toBeLessThan(400);
}

/** A phone that has joined the board (no page: only its cookie jar, as a plain form post would). */
async function joinedPhone(browser: Browser, code: string): Promise<APIRequestContext> {
  const context = await browser.newContext({ baseURL: baseUrl(), locale: 'nl-NL' });
  await post(context.request, `/p/board/${code}`, { intent: 'join', displayName: '' });
  return context.request;
}

/** The number of items the projector's paged box holds in all (over every page). */
const total = (wall: Page) => wall.getByTestId('projector-fit').first().getAttribute('data-count');

/**
 * What must hold on the wall in every phase: nothing scrolls, every page fits its box, all visible
 * text is 24 px or larger, axe finds nothing; a screenshot for people to look at.
 */
async function checkWall(wall: Page, phase: string) {
  const page = await wall.evaluate(() => {
    const root = document.scrollingElement!;
    return { scrollHeight: root.scrollHeight, scrollWidth: root.scrollWidth, innerHeight, innerWidth };
  });
  expect(page.scrollHeight, `${phase}: no vertical scrolling`).toBeLessThanOrEqual(page.innerHeight);
  expect(page.scrollWidth, `${phase}: no horizontal scrolling`).toBeLessThanOrEqual(page.innerWidth);
  const overflowing = await wall
    .getByTestId('projector-fit')
    .evaluateAll((boxes) => boxes.filter((box) => box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1).length);
  expect(overflowing, `${phase}: every page fits its box`).toBe(0);
  const small = await wall.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const parent = node.parentElement;
      if (!text || !parent) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      // Shown: takes room on the screen (not display:none, not a 1 px visually hidden label) and is not transparent.
      const shown = Array.from(range.getClientRects()).some((r) => r.width > 1 && r.height > 1 && r.bottom > 0 && r.top < innerHeight);
      const style = getComputedStyle(parent);
      if (!shown || style.visibility !== 'visible' || style.opacity === '0') continue;
      const size = parseFloat(style.fontSize);
      if (size < 24) found.push(`${size}px: ${text.slice(0, 40)}`);
    }
    return found;
  });
  expect(small, `${phase}: visible text under 24 px`).toEqual([]);
  await expectAccessible(wall);
  mkdirSync(SHOTS, { recursive: true });
  await wall.screenshot({ path: `${SHOTS}/${phase}.png` });
}

/** When the wall holds more than one page shows, it says which page this is ("Pagina 1 / 3"). */
async function checkPaging(wall: Page, testId: string, all: number) {
  const onPage = await wall.getByTestId(testId).count();
  expect(onPage).toBeGreaterThan(0);
  if (onPage < all) expect(await wall.getByTestId('projector-pages').innerText()).toMatch(/^Pagina 1 \/ [2-9]$/);
  else expect(await wall.getByTestId('projector-pages').count()).toBe(0);
}

describe('the projector fills the wall (issue 14 item 6)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('shows every phase of a busy session at 1920×1080 without scrolling, in large type, with bars and pledges', async () => {
    const fac = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 1280, height: 1000 }, locale: 'nl-NL' }).then((c) => c.newPage());
    fac.setDefaultTimeout(20_000);
    await signIn(fac, org.people.coordinator.email);
    const base = org.trajectories.noord.path;
    const boardPath = `${base}/board`;
    await fac.goto(boardPath);
    await fac.getByRole('button', { name: 'Open de terugkombijeenkomst' }).click();
    const code = (await fac.getByTestId('join-code').innerText()).trim();
    const run = (form: Record<string, string>) => post(fac.request, boardPath, form);
    const phase = (name: string) => run({ intent: 'phase', phase: name });

    // The wall: a beamer at full HD, signed in as the facilitator; motion reduced so axe reads settled colours.
    const wallContext = await browser.newContext({
      baseURL: baseUrl(),
      viewport: { width: 1920, height: 1080 },
      locale: 'nl-NL',
      reducedMotion: 'reduce',
      storageState: await fac.context().storageState(),
    });
    const wall = await wallContext.newPage();
    wall.setDefaultTimeout(20_000);
    await wall.goto(`${base}/board/projector`);
    await wall.getByText('Het bord is live.').waitFor();
    await checkWall(wall, '0-join');

    const phones = [await joinedPhone(browser, code), await joinedPhone(browser, code), await joinedPhone(browser, code)];
    await wall.getByText('3 mensen doen mee').waitFor();

    // What touched you: eight notes.
    for (const [i, text] of touchedNotes.entries())
      await post(phones[i % 3]!, `/p/board/${code}`, { intent: 'note', column: 'touched', text, key: crypto.randomUUID() });
    await expect.poll(() => total(wall)).toBe('8');
    await checkWall(wall, '1-touched');
    await checkPaging(wall, 'board-note', 8);
    // A note arrives with a short fade, and none under "reduce motion".
    expect(
      await wall
        .getByTestId('board-note')
        .first()
        .evaluate((el) => getComputedStyle(el).animationName),
    ).toBe('none');
    const moving = await browser
      .newContext({ baseURL: baseUrl(), viewport: { width: 1920, height: 1080 }, locale: 'nl-NL', storageState: await fac.context().storageState() })
      .then((c) => c.newPage());
    await moving.goto(`${base}/board/projector`);
    await moving.getByText('Het bord is live.').waitFor();
    await post(phones[0]!, `/p/board/${code}`, {
      intent: 'note',
      column: 'touched',
      text: 'Het raakte me dat ouders elkaar hielpen.',
      key: crypto.randomUUID(),
    });
    const arrived = moving.getByTestId('board-note').filter({ hasText: 'Het raakte me dat ouders elkaar hielpen.' });
    const animation = await arrived.evaluate((el) => ({
      name: getComputedStyle(el).animationName,
      duration: parseFloat(getComputedStyle(el).animationDuration),
    }));
    expect(animation.name).toBe('projector-arrive');
    expect(animation.duration).toBeGreaterThan(0);
    expect(animation.duration).toBeLessThan(0.4);
    await moving.context().close();

    // What did we hear: thirty notes in two columns.
    await phase('heard');
    for (const [i, text] of heardNotes.entries())
      await post(phones[i % 3]!, `/p/board/${code}`, { intent: 'note', column: i % 2 ? 'difficult' : 'goes_well', text, key: crypto.randomUUID() });
    await expect.poll(() => total(wall)).toBe('30');
    await wall.getByRole('heading', { level: 1, name: 'Wat hoorden we?' }).waitFor();
    await checkWall(wall, '2-heard');
    await checkPaging(wall, 'board-note', 30);

    // Themes: four, with most notes sorted into them (four stay without a theme).
    await phase('themes');
    for (const name of themes) await run({ intent: 'theme-create', name });
    await fac.reload();
    const themeIds = await Promise.all(
      themes.map((name) =>
        fac
          .getByTestId('board-group')
          .filter({ has: fac.getByRole('heading', { name, exact: true }) })
          .getAttribute('data-theme-id'),
      ),
    );
    const noteIds = await fac.locator('[data-testid="board-note"][data-note-id]').evaluateAll((els) => els.map((el) => el.getAttribute('data-note-id')!));
    expect(noteIds.length).toBe(30);
    for (const [i, noteId] of noteIds.slice(4).entries()) await run({ intent: 'note-theme', noteId, themeId: themeIds[i % 4]! });
    await wall.getByRole('heading', { level: 1, name: 'Thema’s maken' }).waitFor();
    await wall
      .getByTestId('board-group')
      .filter({ has: wall.getByRole('heading', { name: themes[0], exact: true }) })
      .first()
      .waitFor();
    await checkWall(wall, '3-themes');
    await checkPaging(wall, 'board-note', 30);

    // Ideas: fourteen, hidden until the facilitator shows them.
    await phase('ideas');
    for (const [i, text] of ideaTexts.entries())
      await post(phones[i % 3]!, `/p/board/${code}`, { intent: 'idea', themeId: themeIds[i % 4]!, text, key: crypto.randomUUID() });
    await wall.getByText('14 ideeën geschreven.').waitFor();
    await checkWall(wall, '4-ideas-hidden');
    await run({ intent: 'reveal', revealed: '1' });
    await expect.poll(() => total(wall)).toBe('14');
    await checkWall(wall, '5-ideas');
    await checkPaging(wall, 'projector-idea', 14);

    // Voting: counted paper dots on every idea, and one phone's dot on the first.
    await phase('vote');
    await fac.reload();
    const rows = fac.getByTestId('tally-idea');
    const ideaIds = new Map<string, string>();
    for (const row of await rows.all()) {
      const shown = await row.innerText();
      const idea = ideaTexts.find((t) => shown.includes(t))!;
      ideaIds.set(idea, (await row.locator('input[name="ideaId"]').first().inputValue())!);
    }
    expect(ideaIds.size).toBe(14);
    for (const [i, text] of ideaTexts.entries()) await run({ intent: 'paper-votes', ideaId: ideaIds.get(text)!, criterion: '', dots: String(paperDots[i]) });
    await post(phones[0]!, `/p/board/${code}`, { intent: 'vote', ideaId: ideaIds.get(ideaTexts[0]!)!, criterion: '', dots: '1', key: crypto.randomUUID() });
    const expected = new Map(ideaTexts.map((text, i) => [text, paperDots[i]! + (i === 0 ? 1 : 0)]));
    const barsOnWall = () =>
      wall.getByTestId('projector-idea').evaluateAll((items) =>
        items.map((item) => ({
          text: item.querySelector('.board-idea__text')?.textContent ?? '',
          value: item.querySelector('[data-testid="projector-bar-value"]')?.textContent ?? '',
          width: (item.querySelector('.projector-bar__fill') as HTMLElement | null)?.style.inlineSize ?? '',
        })),
      );
    const dotsText = (n: number) => (n === 1 ? '1 stip' : `${n} stippen`);
    await expect
      .poll(async () => (await barsOnWall()).every(({ text, value }) => value === dotsText(expected.get(ideaTexts.find((t) => text.startsWith(t))!)!)))
      .toBe(true);
    const bars = await barsOnWall();
    expect(bars.length).toBeGreaterThan(0);
    for (const bar of bars) {
      const dots = expected.get(ideaTexts.find((t) => bar.text.startsWith(t))!)!;
      // The width is the share of the most dots (10, on the first idea).
      expect(bar.width).toBe(`${Math.round((dots / 10) * 1000) / 10}%`);
    }
    await checkWall(wall, '6-vote');
    await checkPaging(wall, 'projector-idea', 14);

    // Tomorrow: six pledges on the wall, never with the e-mail address one of them left.
    await phase('tomorrow');
    for (const [i, text] of pledgeTexts.entries())
      await post(phones[i % 3]!, `/p/board/${code}`, {
        intent: 'pledge',
        text,
        email: i === 0 ? 'herinner-mij@example.org' : '',
        weeks: i === 0 ? '4' : '',
        key: crypto.randomUUID(),
      });
    await wall.getByText('6 mensen schreven een stap op.').waitFor();
    for (const text of pledgeTexts) await wall.getByTestId('projector-pledge').filter({ hasText: text }).waitFor();
    expect(await wall.locator('main').innerText()).not.toContain('herinner-mij@example.org');
    await checkWall(wall, '7-tomorrow');

    // Closed: the top 10 as bars with the dots as text.
    await run({ intent: 'close' });
    const top = wall.getByTestId('board-top');
    await top.getByTestId('top-item').filter({ hasText: ideaTexts[0] }).getByText('1e plaats').waitFor();
    await top.getByTestId('top-item').filter({ hasText: ideaTexts[1] }).getByText('gedeelde 2e plaats').waitFor();
    expect(await total(wall)).toBe('10');
    await top.getByTestId('top-item').filter({ hasText: ideaTexts[0] }).getByTestId('projector-bar-value').getByText('10 stippen').waitFor();
    await checkWall(wall, '8-closed');
    await checkPaging(wall, 'top-item', 10);
  }, 240_000);
});
