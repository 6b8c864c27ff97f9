// Small helpers for browser journeys: a fresh organisation, a browser, sign-in through the outbox, and axe checks.
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import type { DemoOrganisation } from '#app/features/demo/server/seed-demo.server';

export const baseUrl = () => inject('baseUrl');

export type FreshOrg = DemoOrganisation;

/**
 * A fresh copy of the demo organisation (same trajectories, people and roles; its own slug and
 * e-mail addresses), from the development-only endpoint. Call it in a file's beforeAll: journey
 * files run in parallel and in any order, so none may use another file's organisation.
 */
export async function freshOrg(): Promise<FreshOrg> {
  // A POST: it must come from the app's own origin (docs/decisions/0004-csrf.md).
  const res = await fetch(new URL('/dev/demo-org', baseUrl()), { method: 'POST', headers: { origin: baseUrl() } });
  if (res.status !== 201) throw new Error(`POST /dev/demo-org: ${res.status} ${await res.text()}`);
  return (await res.json()) as FreshOrg;
}

// Texts a page asked for that its route did not bring to the browser (app/i18n/i18n.ts says so on
// the console): every page checked with axe is checked for these too.
const missingTexts = new WeakMap<Page, string[]>();
function watchTexts(context: BrowserContext) {
  context.on('console', (message) => {
    const page = message.page();
    if (page && message.type() === 'error' && message.text().startsWith('[texts]')) missingTexts.set(page, [...(missingTexts.get(page) ?? []), message.text()]);
  });
}

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  // Every context a journey opens (browser.newPage opens one too) is watched.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    watchTexts(context);
    return context;
  };
  return browser;
}

/** A fresh person in a fresh browser context (AxeBuilder needs pages from a context). */
export async function newPage(browser: Browser, { width = 1024 } = {}): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width, height: 800 }, locale: 'nl-NL' });
  return context.newPage();
}

/** Every page a journey visits must pass axe without violations. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe on ${page.url()}`).toEqual([]);
  expect(missingTexts.get(page) ?? [], `texts on ${page.url()}`).toEqual([]);
}

/** The newest sign-in or invitation link mailed to an address, read from the development outbox. */
export async function linkFromOutbox(page: Page, email: string, pathPart: string): Promise<string> {
  await page.goto('/dev/outbox');
  const mail = page
    .getByTestId('outbox-mail')
    .filter({ has: page.getByTestId('outbox-to').getByText(email, { exact: true }) })
    .first();
  const href = await mail.locator(`a[href*="${pathPart}"]`).first().getAttribute('href');
  if (!href) throw new Error(`No ${pathPart} link for ${email}`);
  return href;
}

/** Signs in through the real flow: request a link, open it from the outbox, confirm. */
export async function signIn(page: Page, email: string) {
  await page.goto('/login');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
  await page.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor();
  await page.goto(await linkFromOutbox(page, email, '/login/confirm'));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Accepts an invitation the way it must be (issue 13, item 9): not signed in, the invited address
 * first gets a sign-in link of its own, which comes back to the invitation, then accepts.
 */
export async function acceptInvitationAs(page: Page, link: string, email: string) {
  await page.goto(link);
  await page.getByRole('button', { name: `Inloglink sturen naar ${email}` }).click();
  await page.getByText(`Wij hebben een inloglink gestuurd naar ${email}.`).waitFor();
  await expectAccessible(page);
  await page.goto(await linkFromOutbox(page, email, '/login/confirm'));
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.waitForURL((url) => url.pathname === new URL(link).pathname);
  await page.getByRole('button', { name: 'Uitnodiging aannemen' }).click();
}

/** This file's browser: launched before its journeys and closed after them (a stand-in until then). */
export function useBrowser(): Browser {
  let real: Browser | undefined;
  beforeAll(async () => {
    real = await launchBrowser();
  });
  afterAll(async () => {
    await real?.close();
  });
  return new Proxy({} as Browser, {
    get(_target, property) {
      if (!real) throw new Error('The browser is launched in beforeAll.');
      const value: unknown = Reflect.get(real, property);
      return typeof value === 'function' ? value.bind(real) : value;
    },
  });
}

/** This file's own organisation, a fresh copy of the demo, made before its journeys. */
export function useFreshOrg(): FreshOrg {
  const org = {} as FreshOrg;
  beforeAll(async () => {
    Object.assign(org, await freshOrg());
  });
  return org;
}

/** A fresh page signed in as the organisation's coordinator, with the path of its demo trajectory "Opgroeien in De Schans". */
export async function asCoordinator(browser: Browser, org: FreshOrg, options?: { width?: number }) {
  const page = await newPage(browser, options);
  await signIn(page, org.people.coordinator.email);
  return { page, base: org.trajectories.schans.path };
}
