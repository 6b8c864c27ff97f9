// Issue 14, items 1 and 2: a room shares one address. Thirty listeners on the venue's wifi (all
// from 127.0.0.1) check themselves in on the meeting's day and vote on the board, on a server with
// the production rate limits, without one refusal; guessing from that address is still refused,
// with a page in the visitor's language.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInAmsterdam } from '#app/i18n/i18n';
import { expectAccessible, type FreshOrg, signIn, useBrowser } from './fixtures';
import { setMirrorMeetingDate } from './journeys';
import { freePort, type RunningServer, startServer } from './server';

const LISTENERS = 30;
const AT_A_TIME = 3;

describe('a room on one address (issue 14)', () => {
  const browser = useBrowser();
  let server: RunningServer;
  let origin: string;
  let org: FreshOrg;
  const contexts: BrowserContext[] = [];
  const newPage = async (b: Browser, { width = 1024, javaScriptEnabled = true } = {}): Promise<Page> => {
    const context = await b.newContext({ baseURL: origin, viewport: { width, height: 800 }, locale: 'nl-NL', javaScriptEnabled });
    contexts.push(context);
    return context.newPage();
  };

  beforeAll(async () => {
    // The production defaults: an empty value is the default (the shared journey server raises them).
    // Browser and test on 127.0.0.1 (a browser may reach "localhost" over ::1): one address for all.
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const defaults = { RATE_LIMIT_PUBLIC: '', RATE_LIMIT_BOARD: '', RATE_LIMIT_TOKEN: '', RATE_LIMIT_FAILED_LOOKUPS: '' };
    server = await startServer({ PORT: String(port), APP_URL: origin, ...defaults });
    const res = await fetch(new URL('/dev/demo-org', origin), { method: 'POST', headers: { origin } });
    expect(res.status).toBe(201);
    org = (await res.json()) as FreshOrg;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('lets 30 listeners behind one address check in and vote; stops guessing with a page in their language', async () => {
    const stamp = Date.now().toString(36);
    const fac = await newPage(browser);
    // Every response any page of the room gets: none may be a refusal.
    const refused: string[] = [];
    const watch = (page: Page) => page.on('response', (r) => void (r.status() === 429 && refused.push(`${r.request().method()} ${r.url()}`)));
    watch(fac);
    await signIn(fac, org.people.coordinator.email);
    const base = org.trajectories.schans.path;

    // Thirty listeners with their personal links; the mirror meeting is today.
    const names = Array.from({ length: LISTENERS }, (_, i) => `Toehoorder ${i + 1} ${stamp}`);
    await fac.goto(`${base}/listeners`);
    await fac.getByLabel('Toehoorders, één per regel').fill(names.join('\n'));
    await fac.getByRole('button', { name: 'Lijst toevoegen' }).click();
    await fac.getByText(`${LISTENERS} toehoorders toegevoegd.`).waitFor();
    const links: string[] = [];
    for (const name of names) links.push(new URL(await fac.getByLabel(`Persoonlijke link van ${name}`).inputValue()).pathname);

    // Weeks before the meeting the page says when check-in opens, and offers no button.
    const inThreeWeeks = new Date(Date.now() + 21 * 24 * 3600_000).toISOString().slice(0, 10);
    await setMirrorMeetingDate(fac, base, inThreeWeeks);
    const early = await newPage(browser, { width: 360 });
    watch(early);
    await early.goto(links[0]!);
    await early.getByText('Op de dag van de spiegelbijeenkomst', { exact: false }).waitFor();
    expect(await early.getByRole('button', { name: 'Ik ben aanwezig bij de spiegelbijeenkomst' }).count()).toBe(0);
    await expectAccessible(early);
    await setMirrorMeetingDate(fac, base, todayInAmsterdam());

    // The follow-up board, open for voting on one idea.
    const idea = `Ouders bellen binnen een dag terug ${stamp}`;
    await fac.goto(`${base}/board`);
    await fac.getByRole('button', { name: 'Open de terugkombijeenkomst' }).click();
    const code = (await fac.getByTestId('join-code').innerText()).trim();
    const phase = async (name: string) => {
      await fac.getByLabel('Kies een fase').selectOption({ label: name });
      await fac.getByRole('button', { name: 'Ga naar deze fase' }).click();
      await fac.getByTestId('facilitator-phase').getByText(name).waitFor();
    };
    await phase('Thema’s maken');
    await fac.getByLabel('Naam van het nieuwe thema').fill('Bereikbaarheid');
    await fac.getByRole('button', { name: 'Thema maken' }).click();
    await fac.getByRole('heading', { name: 'Bereikbaarheid', exact: true }).waitFor();
    await phase('Wat gaan we doen?');
    const behalf = fac.locator('form', { has: fac.getByRole('button', { name: 'Idee toevoegen namens de zaal' }) });
    await behalf.getByLabel('Thema', { exact: true }).selectOption({ label: 'Bereikbaarheid' });
    await behalf.getByLabel('Idee', { exact: true }).fill(idea);
    await behalf.getByRole('button', { name: 'Idee toevoegen namens de zaal' }).click();
    await fac.getByTestId('facilitator-idea').filter({ hasText: idea }).waitFor();
    await fac.getByRole('button', { name: 'Laat alle ideeën zien' }).click();
    await phase('Stemmen');

    // The room: each listener checks in with the personal link, joins the board and gives a dot.
    const listener = async (link: string) => {
      const phone = await newPage(browser, { width: 360 });
      watch(phone);
      await phone.goto(link);
      await phone.getByRole('button', { name: 'Ik ben aanwezig bij de spiegelbijeenkomst' }).click();
      await phone.getByText('U bent aangemeld als aanwezig. Welkom!').waitFor();
      await phone.goto(`/p/board/${code}`);
      await phone.getByRole('button', { name: 'Doe mee' }).click();
      await phone.getByText('Je doet mee zonder naam.').waitFor();
      await phone.getByRole('button', { name: `Stip erbij voor: ${idea} (Stippen)` }).click();
      await phone.getByTestId('dots-left').getByText('Je hebt nog 4 stippen', { exact: true }).waitFor();
      await phone.context().close();
    };
    for (let i = 0; i < links.length; i += AT_A_TIME) await Promise.all(links.slice(i, i + AT_A_TIME).map(listener));
    await fac.getByTestId('tally-idea').filter({ hasText: idea }).getByText(`${LISTENERS} stippen in totaal`).waitFor();
    await fac.goto(`${base}/reception`);
    await fac
      .getByTestId('count-listeners')
      .getByText(new RegExp(`^${LISTENERS} toehoorders aanwezig`))
      .waitFor();
    expect(refused).toEqual([]);

    // Guessing from the same address is still refused: sign-in requests, per address.
    let attempts = 0;
    let answer: Response | undefined;
    while (attempts < 40) {
      attempts++;
      answer = await fetch(new URL('/login', origin), {
        method: 'POST',
        headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ email: `raden-${attempts}@example.org` }),
      });
      if (answer.status === 429) break;
    }
    // 30 per 15 minutes, the coordinator's sign-in (two posts) among them.
    expect(attempts).toBe(29);
    expect(Number(answer!.headers.get('retry-after'))).toBeGreaterThan(0);
    const html = await answer!.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain('Vanaf dit netwerk zijn in korte tijd te veel pogingen gedaan.');

    // In the browser, without JavaScript (a plain form post): the refusal page in Dutch.
    const plain = await newPage(browser, { width: 360, javaScriptEnabled: false });
    await plain.goto('/login');
    await plain.getByLabel('E-mailadres').fill('nog-een-poging@example.org');
    const [document] = await Promise.all([
      plain.waitForResponse((r) => r.request().method() === 'POST'),
      plain.getByRole('button', { name: 'Stuur mij een inloglink' }).click(),
    ]);
    expect(document.status()).toBe(429);
    expect(Number(document.headers()['retry-after'])).toBeGreaterThan(0);
    await plain.getByRole('heading', { level: 1, name: 'Even wachten' }).waitFor();
    await plain.getByText(/^Wacht \d+ minuten en probeer het dan opnieuw\.$/).waitFor();
    // (axe needs JavaScript: the same page is checked below, opened with it.)

    // With JavaScript in English (the language switch): a `.data` post, refused as a page in English.
    const english = await newPage(browser, { width: 360 });
    await english.goto('/login');
    await english.getByRole('button', { name: 'Kies taal: English' }).click();
    await english.locator('html[lang="en"]').waitFor({ state: 'attached' });
    await english.getByLabel('E-mail address').fill('one-more-try@example.org');
    const [data] = await Promise.all([
      english.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes('.data')),
      english.getByRole('button', { name: 'Send me a sign-in link' }).click(),
    ]);
    expect(data.status()).toBe(429);
    await english.getByRole('heading', { level: 1, name: 'Please wait' }).waitFor();
    await english.getByText('There were too many attempts from this network in a short time.', { exact: false }).waitFor();
    await english.getByText(/^Wait \d+ minutes and then try again\.$/).waitFor();
    await expectAccessible(english);

    // Guessing board codes: after 30 codes that do not exist, this address opens none for a while.
    for (let i = 0; i < 30; i++) expect((await fetch(new URL(`/p/board/NIETS${String.fromCharCode(65 + (i % 26))}${i}`, origin))).status).toBe(404);
    // A miss is counted once its 404 has gone out, a moment after the answer arrives: wait for the count.
    await expect.poll(async () => (await fetch(new URL(`/p/board/${code}`, origin))).status).toBe(429);
    await english.goto(`/p/board/${code}`);
    await english.getByText('Too many codes or links that do not exist were tried from this network.', { exact: false }).waitFor();
    await english.getByText('Check that the code or link is right.', { exact: false }).waitFor();
    await expectAccessible(english);
    const dutch = await newPage(browser, { width: 360 });
    const page = await dutch.goto(`/p/board/${code}`);
    expect(page?.status()).toBe(429);
    await dutch.getByRole('heading', { level: 1, name: 'Even wachten' }).waitFor();
    await dutch.getByText('Vanaf dit netwerk zijn te veel codes of links geprobeerd die niet bestaan.', { exact: false }).waitFor();
    await expectAccessible(dutch);
    // Thirty phones one after another (a few at a time): longer than other journeys on a busy machine.
  }, 600_000);
});
