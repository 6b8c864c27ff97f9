// S6c: the venue's network drops; the minute-taker keeps writing, the notes wait on the device and
// are stored exactly once when the connection returns, even when a response gets lost. The page
// itself reopens without a network (issue 14 item 4: public/minutes-sw.js), listing what waits;
// finalising asks first, with and without JavaScript.

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';
import { trajectoryWithParticipant } from './journeys';

/** What this page's service worker keeps: the page copies and the build files. */
const kept = (page: Page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname)));
    return { names, urls: urls.flat() };
  });

/** The nonce of the page's scripts, to tell a kept copy from a fresh answer of the server. */
const nonceOf = (page: Page) => page.evaluate(() => document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce ?? '');

describe('minutes offline (S6c, issue 14)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('reopens the minutes page offline with the waiting notes, and stores each note exactly once', async () => {
    const stamp = Date.now().toString(36);
    const page = await newPage(browser, { width: 360 });
    const context = page.context();
    // Fail at the step that hangs, not at the test's time limit.
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const { base } = await trajectoryWithParticipant(page, org.slug, `Offline traject ${stamp}`, 'Sjoerd');
    await page.goto(`${base}/minutes`);
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();

    // The page registers its worker, scoped to itself; the worker keeps this page and its build files only.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(new URL(scope).pathname).toBe(`${base}/minutes`);
    const first = await kept(page);
    expect(first.names).toEqual(['spiegel-minutes-v1']);
    expect(first.urls.filter((u) => !u.startsWith('/assets/'))).toEqual([`${base}/minutes`]);
    expect(first.urls.some((u) => /^\/assets\/.+\.js$/.test(u))).toBe(true);
    expect(first.urls.some((u) => /^\/assets\/.+\.css$/.test(u))).toBe(true);
    // Network first while online: a reload is the server's fresh page, and becomes the kept copy.
    await page.reload();
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();
    expect(await page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    const onlineNonce = await nonceOf(page);
    // Other pages and the page's data are not kept, though they went through the worker.
    await page.evaluate(async (b) => {
      for (const url of [b, `${b}.data`, `${b}/minutes.data`]) await fetch(url, { credentials: 'same-origin' });
    }, base);
    expect((await kept(page)).urls.filter((u) => !u.startsWith('/assets/'))).toEqual([`${base}/minutes`]);

    const summary = page.locator('form', { has: page.getByRole('button', { name: 'Notitie opslaan' }) }).getByLabel('Samenvatting');
    const write = async (text: string) => {
      await summary.fill(text);
      await page.getByRole('button', { name: 'Notitie opslaan' }).click();
      await expect.poll(() => summary.inputValue()).toBe('');
    };
    const waiting = page.locator('[data-testid="queued-note"][data-status="waiting"]');

    await context.setOffline(true);
    for (const n of [1, 2]) await write(`Offline notitie ${n} ${stamp}`);
    await page
      .getByTestId('queue-status')
      .getByText(/Offline — 2 notities wachten/)
      .waitFor();
    await expect.poll(() => waiting.count()).toBe(2);
    expect(await waiting.first().textContent()).toContain('Wacht op verbinding');
    await expectAccessible(page);

    // Reopen the page without a network: the kept copy (its own nonce and CSP, so its scripts run)
    // with the notes that wait on this device.
    const reopened = await page.reload();
    expect(reopened?.fromServiceWorker()).toBe(true);
    expect(await nonceOf(page)).toBe(onlineNonce);
    await page.getByRole('heading', { level: 1, name: 'Verslag van het spiegelgesprek' }).waitFor();
    await page.getByTestId('offline-copy').waitFor();
    await page
      .getByTestId('queue-status')
      .getByText(/Offline — 2 notities wachten/)
      .waitFor();
    expect(await waiting.allTextContents()).toEqual([1, 2].map((n) => expect.stringContaining(`Offline notitie ${n} ${stamp}`)));
    await expectAccessible(page);
    // Still writing, offline, on the reopened page.
    await write(`Offline notitie 3 ${stamp}`);
    await expect.poll(() => waiting.count()).toBe(3);
    const stored = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('spiegel:minutes-queue:'))?.[1] ?? '');
    const queued = (JSON.parse(stored) as { pending: { idempotencyKey: string; summary: string }[] }).pending;
    expect(queued.map((n) => n.summary)).toEqual([1, 2, 3].map((n) => `Offline notitie ${n} ${stamp}`));

    // The first note POST after the network returns is stored, but its response is lost.
    let armed = false;
    let lost = 0;
    let posts = 0;
    await page.route('**/minutes/notes', async (route) => {
      const body = route.request().postData() ?? '';
      if (!armed || !body.includes('idempotencyKey')) return route.continue();
      posts++;
      if (lost === 0) {
        lost++;
        await route.fetch();
        return route.abort('failed');
      }
      return route.continue();
    });
    armed = true;
    await context.setOffline(false);
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor({ timeout: 20_000 });
    expect(lost).toBe(1);
    // The lost one went again (same key): at least four POSTs for three notes.
    expect(posts).toBeGreaterThanOrEqual(4);
    const sent = page.locator('[data-testid="queued-note"][data-status="sent"]');
    await expect.poll(() => sent.count()).toBe(3);
    expect(await sent.first().textContent()).toContain('Verstuurd');
    await page.getByTestId('offline-copy').waitFor({ state: 'detached' });
    await expectAccessible(page);

    // Each note once on the page after a reload, and once in the app's answer to a repeat.
    const mine = page.getByTestId('note').filter({ hasText: stamp });
    await page.unroute('**/minutes/notes');
    await page.reload();
    await expect.poll(() => mine.count()).toBe(3);
    expect(await mine.allTextContents()).toEqual(expect.arrayContaining([1, 2, 3].map((n) => expect.stringContaining(`Offline notitie ${n} ${stamp}`))));
    expect(await page.locator('[data-testid="queued-note"]').count()).toBe(0);
    // A device that sends them again (say, a second tab with an old queue) does not double them.
    for (const note of queued) {
      const again = await page.evaluate(
        async ([url, body]) => {
          const response = await fetch(url!, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body });
          return response.json() as Promise<{ ok: boolean; duplicate: boolean }>;
        },
        [`${base}/minutes/notes`, JSON.stringify({ ...note, questionKey: '', questionText: '', participantId: '', kind: 'general', quotes: '', tags: [] })],
      );
      expect(again).toMatchObject({ ok: true, duplicate: true });
    }
    await page.reload();
    await expect.poll(() => mine.count()).toBe(3);
    await expectAccessible(page);

    // Finalising asks first; "Annuleren" changes nothing.
    await page.getByRole('button', { name: 'Verslag definitief maken' }).click();
    const confirm = page.getByTestId('finalise-confirm');
    await confirm.getByRole('button', { name: 'Ja, definitief maken' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('finalise-confirm-title');
    await expectAccessible(page);
    await confirm.getByRole('link', { name: 'Annuleren' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByText('Concept', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Verslag definitief maken' }).click();
    await confirm.getByRole('button', { name: 'Ja, definitief maken' }).click();
    await page.getByText('Het verslag is definitief.').waitFor();
    await expectAccessible(page);
    // Final minutes are no longer kept on the device: the worker and its copy go.
    await page.reload();
    await page.getByText('Definitief', { exact: true }).waitFor();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    await expect.poll(async () => (await kept(page)).urls.filter((u) => !u.startsWith('/assets/'))).toEqual([]);
  });

  it('asks before finalising without JavaScript too', async () => {
    const stamp = Date.now().toString(36);
    const setup = await newPage(browser);
    await signIn(setup, org.people.coordinator.email);
    const { base } = await trajectoryWithParticipant(setup, org.slug, `Zonder JS ${stamp}`, 'Fleur');
    const cookies = await setup.context().cookies();
    const context = await browser.newContext({ baseURL: baseUrl(), locale: 'nl-NL', javaScriptEnabled: false });
    await context.addCookies(cookies);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    setup.setDefaultTimeout(20_000);
    await page.goto(`${base}/minutes`);
    await page.getByRole('button', { name: 'Verslag definitief maken' }).click();
    await page.waitForURL((url) => url.searchParams.get('finalise') === 'confirm' && url.hash === '#finalise-confirm-title');
    await page.getByRole('heading', { name: 'Weet u het zeker?' }).waitFor();
    // axe needs JavaScript: the same state, opened with it on.
    await setup.goto(`${base}/minutes?finalise=confirm`);
    await setup.getByRole('heading', { name: 'Weet u het zeker?' }).waitFor();
    await expectAccessible(setup);
    await page.getByRole('link', { name: 'Annuleren' }).click();
    await page.waitForURL((url) => url.search === '');
    await page.getByText('Concept', { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Ja, definitief maken' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Verslag definitief maken' }).click();
    await page.getByRole('button', { name: 'Ja, definitief maken' }).click();
    await page.getByText('Het verslag is definitief.').waitFor();
    await page.getByText('Definitief', { exact: true }).waitFor();
    await context.close();
  });

  it('forgets the kept minutes page when its writer signs out (a shared laptop)', async () => {
    const page = await newPage(browser);
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const { base } = await trajectoryWithParticipant(page, org.slug, `Gedeelde laptop ${Date.now().toString(36)}`, 'Noor');
    await page.goto(`${base}/minutes`);
    await page.evaluate(async () => navigator.serviceWorker.ready);
    await expect.poll(async () => (await kept(page)).urls.filter((u) => !u.startsWith('/assets/'))).toEqual([`${base}/minutes`]);
    await page.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/login') || url.pathname === '/');
    await expect.poll(async () => (await kept(page)).names).toEqual([]);
    await page.context().close();
  });
});
