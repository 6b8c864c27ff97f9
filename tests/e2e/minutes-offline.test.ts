// S6c: the venue's network drops; the minute-taker keeps writing, the notes wait on the device and
// are stored exactly once when the connection returns, even when a response gets lost.

import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';
import { trajectoryWithParticipant } from './journeys';

describe('minutes offline (S6c)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('queues three notes while offline and stores each exactly once', async () => {
    const stamp = Date.now().toString(36);
    const page = await newPage(browser, { width: 360 });
    const context = page.context();
    // Fail at the step that hangs, not at the test's time limit.
    page.setDefaultTimeout(20_000);
    await signIn(page, org.people.coordinator.email);
    const { base } = await trajectoryWithParticipant(page, org.slug, `Offline traject ${stamp}`, 'Sjoerd');
    await page.goto(`${base}/minutes`);
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor();

    // The first note POST after the network returns is stored, but its response is lost.
    let armed = false;
    let lost = 0;
    await page.route('**/minutes/notes', async (route) => {
      const body = route.request().postData() ?? '';
      if (armed && lost === 0 && body.includes('idempotencyKey')) {
        lost++;
        await route.fetch();
        await route.abort('failed');
        return;
      }
      await route.continue();
    });

    const summary = page
      .locator('form', {
        has: page.getByRole('button', { name: 'Notitie opslaan' }),
      })
      .getByLabel('Samenvatting');
    await context.setOffline(true);
    for (const n of [1, 2, 3]) {
      await summary.fill(`Offline notitie ${n} ${stamp}`);
      await page.getByRole('button', { name: 'Notitie opslaan' }).click();
      await expect.poll(() => summary.inputValue()).toBe('');
    }
    await page
      .getByTestId('queue-status')
      .getByText(/Offline — 3 notities wachten/)
      .waitFor();
    await expectAccessible(page);
    const stored = await page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('spiegel:minutes-queue:'))?.[1] ?? '');
    const queued = (
      JSON.parse(stored) as {
        pending: { idempotencyKey: string; summary: string }[];
      }
    ).pending;
    expect(queued.map((n) => n.summary)).toEqual([1, 2, 3].map((n) => `Offline notitie ${n} ${stamp}`));

    armed = true;
    await context.setOffline(false);
    await page.getByTestId('queue-status').getByText('Alles verstuurd.').waitFor({ timeout: 20_000 });
    expect(lost).toBe(1);

    const mine = page.getByTestId('note').filter({ hasText: stamp });
    await page.reload();
    await expect.poll(() => mine.count()).toBe(3);
    expect(await mine.allTextContents()).toEqual(expect.arrayContaining([1, 2, 3].map((n) => expect.stringContaining(`Offline notitie ${n} ${stamp}`))));

    // A device that sends one again (say, a second tab with an old queue) does not double it.
    await page.unroute('**/minutes/notes');
    const again = await page.evaluate(
      async ([url, note]) => {
        const response = await fetch(url!, {
          method: 'POST',
          credentials: 'same-origin',
          headers: { 'content-type': 'application/json' },
          body: note,
        });
        return response.json() as Promise<{ ok: boolean; duplicate: boolean }>;
      },
      [
        `${base}/minutes/notes`,
        JSON.stringify({
          ...queued[0],
          questionKey: '',
          questionText: '',
          participantId: '',
          kind: 'general',
          quotes: '',
          tags: [],
        }),
      ],
    );
    expect(again).toMatchObject({ ok: true, duplicate: true });
    await page.reload();
    await expect.poll(() => mine.count()).toBe(3);
    await expectAccessible(page);
  });
});
