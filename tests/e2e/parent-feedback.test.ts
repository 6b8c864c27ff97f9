// Step 8 (S8a, S8b): the parents' own page behind their personal link, entering reactions on a
// parent's behalf, and "you said, we did" on the parent's page and the public page.
//
// The agreed agenda, its translations and the actions are made by other features' pages that are
// not in this branch: this file seeds them itself, into a database of its own, before starting its
// own app server on it (the shared server's database lives in memory in another process).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, initDb } from '#app/db/client.server';
import {
  actions,
  actionUpdates,
  agendaItems,
  agendaItemTranslations,
  organisations,
  participantPersonalData,
  participants,
  trajectories,
} from '#app/db/schema';
import { type DemoOrganisation, seedFreshDemo } from '#app/features/demo/server/seed-demo.server';
import { expectAccessible, signIn, useBrowser } from './fixtures';
import { type RunningServer, startServer } from './server';

const ITEMS = [
  {
    title: 'Eén vast aanspreekpunt',
    plainText: 'Eén vaste persoon die u kunt bellen als u hulp zoekt.',
    arabic: 'شخص واحد ثابت يمكنكم الاتصال به عندما تحتاجون إلى مساعدة.',
    quotes: ['Ik wil één persoon die ik kan bellen, niet steeds iemand anders.'],
  },
  {
    title: 'Brieven in gewone taal',
    plainText: 'Brieven van de gemeente in gewone taal.',
    arabic: 'رسائل البلدية بلغة بسيطة.',
    quotes: ['De brieven van de gemeente begrijp ik niet.'],
  },
  {
    title: 'Eerlijk over wachttijden',
    plainText: 'Eerlijk zeggen hoe lang het wachten duurt.',
    arabic: 'أن نقول بصراحة كم يستغرق الانتظار.',
    quotes: ['Zeg gewoon eerlijk hoe lang het duurt.'],
  },
];

/**
 * Development-only seeding, for this file alone: a fresh demo organisation whose trajectory "Terugkomen
 * in Noord" (five parents who came, Ouder A–E) has an agreed, shared and published agenda with Arabic
 * texts, two parents' personal data, and an action with an update on the first item.
 */
async function seedFeedback(dataDir: string) {
  const database = (await initDb({ dataDir })).db;
  const org = await seedFreshDemo();
  const [{ id: orgId }] = (await database.select({ id: organisations.id }).from(organisations).where(eq(organisations.slug, org.slug))) as [{ id: string }];
  const trajectoryId = org.trajectories.noord.id;
  const parents = await database
    .select()
    .from(participants)
    .where(and(eq(participants.orgId, orgId), eq(participants.trajectoryId, trajectoryId)));
  const byPseudonym = (p: string) => parents.find((r) => r.pseudonym === p)!.id;
  await database.insert(participantPersonalData).values([
    { participantId: byPseudonym('Ouder A'), orgId, trajectoryId, name: 'Samira', languages: 'Arabisch, Nederlands', email: 'samira@ouder.test' },
    { participantId: byPseudonym('Ouder B'), orgId, trajectoryId, name: 'Anouk', languages: 'Nederlands' },
  ]);
  const items = await database
    .insert(agendaItems)
    .values(
      ITEMS.map((item, i) => ({
        orgId,
        trajectoryId,
        rank: i + 1,
        position: i,
        status: 'agreed' as const,
        title: item.title,
        plainText: item.plainText,
        quotes: item.quotes,
      })),
    )
    .returning();
  await database.insert(agendaItemTranslations).values(items.map((item, i) => ({ orgId, itemId: item.id, language: 'ar', text: ITEMS[i]!.arabic })));
  const publicPageToken = randomBytes(32).toString('base64url');
  await database
    .update(trajectories)
    .set({ feedbackLanguages: ['ar', 'tr', 'uk'], agendaSharedAt: new Date(), publicPageToken })
    .where(eq(trajectories.id, trajectoryId));
  const [action] = await database
    .insert(actions)
    .values({
      orgId,
      trajectoryId,
      agendaItemId: items[0]!.id,
      title: 'Een wijkcoach voor elk gezin',
      status: 'running',
      nextStep: 'In maart het eerste gesprek met ouders',
    })
    .returning();
  await database.insert(actionUpdates).values({ orgId, actionId: action!.id, text: 'De wijkcoach is aangenomen en begint volgende maand.', status: 'running' });
  await closeDb();
  return { org, publicPageToken };
}

describe("parents' feedback and you said, we did (S8a, S8b)", () => {
  const browser = useBrowser();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'spiegel-parent-feedback-'));
  let server: RunningServer;
  let org: DemoOrganisation;
  let publicPageToken: string;

  beforeAll(async () => {
    ({ org, publicPageToken } = await seedFeedback(dataDir));
    server = await startServer({ DATA_DIR: dataDir, SEED_DEMO: 'false' });
  });

  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  /** A fresh browser at this file's server: a phone of 360 px without JavaScript, or a signed-in coordinator. */
  async function phone(b: Browser, { javaScript = false } = {}) {
    const context = await b.newContext({ baseURL: server.baseUrl, viewport: { width: 360, height: 740 }, locale: 'nl-NL', javaScriptEnabled: javaScript });
    return context.newPage();
  }

  async function coordinator(b: Browser): Promise<Page> {
    const context = await b.newContext({ baseURL: server.baseUrl, viewport: { width: 1024, height: 800 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await signIn(page, org.people.coordinator.email);
    return page;
  }

  const feedbackPath = () => `${org.trajectories.noord.path}/feedback`;

  /** The coordinator's feedback page, with the personal links made (once). */
  async function feedbackPage(b: Browser) {
    const page = await coordinator(b);
    await page.goto(feedbackPath());
    await page.getByRole('heading', { level: 1, name: 'Reacties van ouders' }).waitFor();
    const make = page.getByRole('button', { name: 'Maak persoonlijke links' });
    if (await make.isVisible()) {
      await make.click();
      await page.getByText('Er zijn 5 links gemaakt.').waitFor();
    }
    return page;
  }

  const linkOf = (page: Page, pseudonym: string) => page.getByLabel(`Eigen link van ${pseudonym}`).inputValue();

  /**
   * Checks of a page that needs no JavaScript, made in a 360 px context that may run the checks'
   * scripts: axe, and nothing sticking out sideways.
   */
  async function expectGoodOnPhone(b: Browser, url: string) {
    const page = await phone(b, { javaScript: true });
    await page.goto(url);
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.context().close();
  }

  it('(a) a parent on a small phone without JavaScript reacts, wants to join the sounding board, and the workgroup sees the counts', async () => {
    const workgroup = await feedbackPage(browser);
    await expectAccessible(workgroup);
    const link = await linkOf(workgroup, 'Ouder B');
    expect(link).toMatch(/\/p\/parent\/[\w-]{40,}$/);

    const parent = await phone(browser);
    const sizes: Promise<number>[] = [];
    parent.on('requestfinished', (request) => sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize)));
    await parent.goto(new URL(link).pathname, { waitUntil: 'load' });
    await parent.getByRole('heading', { level: 1, name: 'Wat we hoorden en wat we ermee doen' }).waitFor();
    // Everything the page needs, HTML and CSS with their headers, within 50 kB; no script at all.
    const transferred = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
    console.info(`parent's page, first visit: ${sizes.length} responses, ${(transferred / 1024).toFixed(1)} kB transferred`);
    expect(transferred).toBeLessThanOrEqual(50 * 1024);
    expect(await parent.locator('script').count()).toBe(0);
    expect(await parent.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');

    const items = parent.getByTestId('feedback-item');
    expect(await items.count()).toBe(3);
    await items.nth(0).getByText('Eén vaste persoon die u kunt bellen als u hulp zoekt.').waitFor();
    await items.nth(0).getByText('Ik wil één persoon die ik kan bellen, niet steeds iemand anders.').waitFor();

    // A comment without an answer: refused next to it, in plain words, the typing kept.
    await items.nth(1).getByLabel('Wilt u iets uitleggen of aanvullen?').fill('De brieven zijn te lang.');
    await parent.getByRole('button', { name: 'Opslaan' }).click();
    await parent.getByText('Kies ook een antwoord bij dit punt.').waitFor();
    expect(await items.nth(1).getByLabel('Wilt u iets uitleggen of aanvullen?').inputValue()).toBe('De brieven zijn te lang.');

    await items.nth(0).getByLabel('Goed gehoord').check();
    await items.nth(1).getByLabel('Niet helemaal').check();
    await items.nth(2).getByLabel('Er mist iets').check();
    await items.nth(2).getByLabel('Wilt u iets uitleggen of aanvullen?').fill('Ook na de wachttijd wil ik iets horen.');
    await parent.getByLabel('Wilt u verder nog iets zeggen?').fill('Fijn dat jullie terugkomen.');
    await parent.getByLabel('Ja, in een klankbordgroep van ouders').check();
    await parent.getByLabel('Hoe kunnen we u bereiken?').fill('06 1111 2222');
    await parent.getByRole('button', { name: 'Opslaan' }).click();
    await parent.getByText('Dank u wel! We hebben uw reactie opgeslagen.').waitFor();
    expect(await items.nth(1).getByLabel('Niet helemaal').isChecked()).toBe(true);
    expect(await parent.getByLabel('Hoe kunnen we u bereiken?').inputValue()).toBe('');
    await expectGoodOnPhone(browser, parent.url());

    // The workgroup: counts per item and the comment by pseudonym; the sounding board, and (for the lead) how to reach them.
    await workgroup.reload();
    const second = workgroup.getByTestId('result').nth(1);
    expect(await second.getByTestId('count-partly').locator('td').textContent()).toBe('1');
    const third = workgroup.getByTestId('result').nth(2);
    await third.getByTestId('comment').getByText('Ook na de wachttijd wil ik iets horen.').waitFor();
    await third.getByTestId('comment').getByText('Ouder B').waitFor();
    await workgroup.getByRole('region', { name: 'Algemene reacties' }).getByText('Fijn dat jullie terugkomen.').waitFor();
    expect(await workgroup.getByTestId('involvement-sounding_board').locator('td').textContent()).toBe('1');
    const contact = workgroup.getByTestId('contacts').getByRole('row').filter({ hasText: 'Ouder B' });
    await contact.getByText('06 1111 2222').waitFor();
    await contact.getByText('Anouk').waitFor();
    const row = workgroup.getByTestId('parent').filter({ hasText: 'Ouder B' });
    await row.getByText('Ja', { exact: true }).first().waitFor();
    await expectAccessible(workgroup);
    await workgroup.context().close();
    await parent.context().close();
  });

  it('(b) a parent reads and answers in Arabic, right to left', async () => {
    const workgroup = await feedbackPage(browser);
    const link = await linkOf(workgroup, 'Ouder A');
    // The link opens in the first language from the parent's personal data.
    expect(await workgroup.getByLabel('Taal van Ouder A').inputValue()).toBe('ar');
    // The lead prints a letter per parent: the name, Dutch and the parent's language, the link and its QR code.
    await workgroup.getByRole('link', { name: 'Brieven met link en QR-code printen' }).click();
    await workgroup.getByRole('heading', { level: 1, name: 'Brieven voor ouders' }).waitFor();
    const letter = workgroup.getByTestId('letter').filter({ hasText: 'Samira' });
    await letter.getByText('Beste Samira,').waitFor();
    await letter.getByText('مرحبًا Samira،').waitFor();
    await letter.getByRole('img', { name: 'QR-code met de eigen link van Samira' }).waitFor();
    await letter.getByText(link).waitFor();
    await expectAccessible(workgroup);
    await workgroup.context().close();

    const parent = await phone(browser);
    await parent.goto(new URL(link).pathname);
    const body = parent.getByTestId('parent-page');
    await parent.getByRole('heading', { level: 1, name: 'ما سمعناه وما نفعله به' }).waitFor();
    expect(await body.getAttribute('dir')).toBe('rtl');
    expect(await body.getAttribute('lang')).toBe('ar');
    // The whole page says so, not only its body: the browser's reading order and a screen reader's voice.
    expect(await parent.locator('html').getAttribute('lang')).toBe('ar');
    expect(await parent.locator('html').getAttribute('dir')).toBe('rtl');
    const items = parent.getByTestId('feedback-item');
    await items.nth(0).getByText(ITEMS[0]!.arabic).waitFor();
    expect(await items.nth(0).getByText(ITEMS[0]!.arabic).getAttribute('lang')).toBe('ar');
    await items.nth(0).getByLabel('نعم، سمعتم جيدًا').check();
    await items.nth(0).getByLabel('هل تريدون الشرح أو الإضافة؟').fill('شكرًا');
    await parent.getByLabel('لا، شكرًا').check();
    await parent.getByRole('button', { name: 'حفظ' }).click();
    await parent.getByText('شكرًا لكم! حفظنا ردّكم.').waitFor();
    expect(await parent.getByTestId('parent-page').getAttribute('dir')).toBe('rtl');
    await expectGoodOnPhone(browser, parent.url());

    // The language switcher: the same page in Dutch, left to right.
    await parent.getByRole('link', { name: 'Nederlands' }).click();
    await parent.getByRole('heading', { level: 1, name: 'Wat we hoorden en wat we ermee doen' }).waitFor();
    expect(await parent.getByTestId('parent-page').getAttribute('dir')).toBe('ltr');
    expect(await parent.getByTestId('feedback-item').nth(0).getByLabel('Goed gehoord').isChecked()).toBe(true);
    await parent.context().close();

    // Turkish and Ukrainian too (issue 15): the page's own texts, the language marked current, and axe.
    const checker = await phone(browser, { javaScript: true });
    for (const [lang, endonym, title] of [
      ['tr', 'Türkçe', 'Ne duyduk ve bununla ne yapıyoruz'],
      ['uk', 'Українська', 'Що ми почули і що ми з цим робимо'],
    ] as const) {
      await checker.goto(`${new URL(link).pathname}?lang=${lang}`);
      await checker.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await checker.getByTestId('parent-page').getAttribute('lang')).toBe(lang);
      expect(await checker.getByRole('link', { name: endonym }).getAttribute('aria-current')).toBe('true');
      await expectAccessible(checker);
    }
    await checker.context().close();
  });

  it('(c) a workgroup member enters a reaction on behalf of a parent and sees it marked', async () => {
    const page = await feedbackPage(browser);
    await page.getByRole('link', { name: 'Namens een ouder invullen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Namens een ouder invullen' }).waitFor();
    await page.getByLabel('Welke ouder?').selectOption({ label: 'Ouder C' });
    await page.getByRole('button', { name: 'Kiezen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Reactie van Ouder C' }).waitFor();
    await expectAccessible(page);
    const items = page.getByTestId('feedback-item');
    await items.nth(0).getByLabel('Er mist iets').check();
    await items.nth(0).getByLabel('Wilt u iets uitleggen of aanvullen?').fill('Ook op zaterdag bereikbaar zijn.');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('De reactie van Ouder C is opgeslagen, met uw naam erbij.').waitFor();

    await page.getByRole('link', { name: 'Terug naar Reacties van ouders' }).click();
    const comment = page.getByTestId('result').nth(0).getByTestId('comment').filter({ hasText: 'Ook op zaterdag bereikbaar zijn.' });
    await comment.getByText(`ingevuld door ${org.people.coordinator.name} namens de ouder`).waitFor();
    await page.getByTestId('parent').filter({ hasText: 'Ouder C' }).getByText('Ja, (ook) namens de ouder ingevuld').waitFor();
    await expectAccessible(page);
    await page.context().close();
  });

  it('(d) an action and its update show on the parent’s page and on the public page', async () => {
    const workgroup = await feedbackPage(browser);
    const link = await linkOf(workgroup, 'Ouder D');
    await workgroup.getByLabel('Openbare pagina (voor de website van de coalitie)').waitFor();
    await workgroup.context().close();

    const parent = await phone(browser);
    await parent.goto(new URL(link).pathname);
    const done = parent.getByTestId('done-item');
    await done.nth(0).getByText('Een wijkcoach voor elk gezin').waitFor();
    await done.nth(0).getByText('We zijn ermee bezig').waitFor();
    await done.nth(0).getByText('De wijkcoach is aangenomen en begint volgende maand.').waitFor();
    await done.nth(0).getByText('Volgende stap: In maart het eerste gesprek met ouders').waitFor();
    await done.nth(1).getByText('Hier is nog niets mee gedaan.').waitFor();
    await parent.context().close();

    const visitor = await phone(browser);
    await visitor.goto(`/p/agenda/${publicPageToken}`);
    await visitor.getByRole('heading', { level: 1, name: 'Wat ouders vertelden en wat we ermee doen' }).waitFor();
    await visitor.getByText(org.name).first().waitFor();
    const item = visitor.getByTestId('done-item').nth(0);
    await item.getByText('De wijkcoach is aangenomen en begint volgende maand.').waitFor();
    expect(await visitor.getByRole('button', { name: 'Opslaan' }).count()).toBe(0);
    await visitor.getByRole('link', { name: 'العربية' }).click();
    await visitor.getByText(ITEMS[0]!.arabic).waitFor();
    expect(await visitor.getByTestId('public-agenda').getAttribute('dir')).toBe('rtl');
    expect(await visitor.locator('html').getAttribute('lang')).toBe('ar');
    expect(await visitor.locator('html').getAttribute('dir')).toBe('rtl');
    await expectGoodOnPhone(browser, visitor.url());
    // Not published under another token.
    expect((await visitor.goto(`/p/agenda/${'x'.repeat(43)}`))?.status()).toBe(404);
    await visitor.context().close();
  });
});
