// X1, other voices: the coordinator switches the anonymous contribution link on; a parent opens it
// on a phone without JavaScript, in Arabic (right to left), answers and gives consent; the
// coordinator finds the answer in the minutes, marked as an individual contribution.
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { asCoordinator, baseUrl, expectAccessible, useBrowser, useFreshOrg } from './fixtures';

// The e2e server keeps the sign-up's minimum fill time (SIGNUP_MIN_SECONDS, 3 s) for this form too.
const MIN_FILL_MS = 3000;

/** A parent's 360 × 740 phone on a page, with JavaScript off (as parents may have it) or on (for axe). */
async function phoneAt(browser: Browser, path: string, javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'nl-NL', javaScriptEnabled });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(path);
  return page;
}

async function expectGoodOnPhone(page: Page) {
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

describe('other voices (X1)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('an anonymous contribution without JavaScript, in Arabic, lands marked in the minutes', async () => {
    const { page, base } = await asCoordinator(browser, org);
    page.setDefaultTimeout(20_000);
    await page.goto(`${base}/voices`);
    await page.getByRole('heading', { level: 1, name: 'Andere stemmen' }).waitFor();
    await page.getByRole('button', { name: 'Link aanzetten' }).click();
    await page.getByTestId('link-state').getByText('De link staat aan.').waitFor();
    await page.getByTestId('contribution-qr').waitFor();
    await expectAccessible(page);
    const path = new URL(await page.getByLabel('Link voor ouders').inputValue()).pathname;
    expect(path).toMatch(/^\/p\/contribution\/[\w-]{43}$/);

    // A parent's phone: 360 px wide, no JavaScript, the flyer's language in the address.
    const phone = await phoneAt(browser, `${path}?lang=ar`, false);
    const openedAt = Date.now();
    const root = phone.getByTestId('contribution-page');
    expect(await root.getAttribute('lang')).toBe('ar');
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await phone.locator('html').getAttribute('lang')).toBe('ar');
    expect(await phone.locator('html').getAttribute('dir')).toBe('rtl');
    await phone.getByRole('heading', { level: 1, name: 'أخبرونا، بدون ذكر اسمكم' }).waitFor();
    expect(await phone.locator('script[src]').count()).toBe(0);

    // Without consent: the message in Arabic next to the box, the answer kept.
    const answer = phone.getByLabel('ماذا تريدون أن تخبرونا؟', { exact: false });
    const words = 'أحتاج إلى مساعدة في المدرسة لكن لا أحب الكلام في مجموعة.';
    await answer.fill(words);
    await phone.getByRole('button', { name: 'إرسال' }).click();
    await phone.locator('#f-consent-error').getByText('ضعوا علامة في المربع إذا سمحتم لنا باستعمال كلماتكم.', { exact: false }).waitFor();
    expect(await answer.inputValue()).toBe(words);

    await phone.getByLabel('يمكن استعمال كلماتي بدون ذكر اسمي.').check();
    const left = openedAt + MIN_FILL_MS + 200 - Date.now();
    if (left > 0) await phone.waitForTimeout(left);
    await phone.getByRole('button', { name: 'إرسال' }).click();
    await phone.getByRole('heading', { level: 1, name: 'شكرًا لكم!' }).waitFor();
    expect(await phone.getByTestId('contribution-page').getAttribute('dir')).toBe('rtl');
    const thanks = new URL(phone.url());
    await phone.context().close();

    // axe needs JavaScript in the page: the same pages (the form, its message, the thank-you page)
    // checked in a 360 px phone that runs the checks' scripts, none wider than the phone.
    const checker = await phoneAt(browser, `${path}?lang=ar`, true);
    await expectGoodOnPhone(checker);
    await checker.getByRole('button', { name: 'إرسال' }).click();
    await checker.locator('#f-answer-opening').waitFor();
    await checker.getByText('لم تكتبوا شيئًا بعد.', { exact: false }).waitFor();
    await expectGoodOnPhone(checker);
    await checker.goto(`${thanks.pathname}${thanks.search}`);
    await checker.getByRole('heading', { level: 1, name: 'شكرًا لكم!' }).waitFor();
    await expectGoodOnPhone(checker);
    // Turkish and Ukrainian too (issue 15): the form's own texts, the language marked current, and axe.
    for (const [lang, endonym, title] of [
      ['tr', 'Türkçe', 'Bize anlatın, adınızı vermeden'],
      ['uk', 'Українська', 'Розкажіть нам, не називаючи свого імені'],
    ] as const) {
      await checker.goto(`${path}?lang=${lang}`);
      await checker.getByRole('heading', { level: 1, name: title }).waitFor();
      expect(await checker.getByTestId('contribution-page').getAttribute('lang')).toBe(lang);
      expect(await checker.getByRole('link', { name: endonym }).getAttribute('aria-current')).toBe('true');
      await expectGoodOnPhone(checker);
    }
    await checker.context().close();

    // The coordinator sees it in the minutes, apart from the group's notes and marked.
    await page.goto(`${base}/minutes`);
    const voice = page.getByTestId('voice').filter({ hasText: words });
    await voice.getByText('Individuele bijdrage').waitFor();
    await voice.getByText('Toestemming: zelf aangevinkt op het formulier.').waitFor();
    expect(await voice.getAttribute('data-source')).toBe('contribution');
    expect(await voice.locator('q').allTextContents()).toEqual([words]);
    await expectAccessible(page);
    await page.context().close();
  });
});
