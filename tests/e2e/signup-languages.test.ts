// Issue 15: a Polish parent opens the flyer's sign-up link on a cheap phone. The invitation has no
// Polish text, but the page speaks Polish from the browser's language: labels, messages next to the
// fields and the thank-you page; the invitation stays Dutch and is marked so.
import { describe, expect, it } from 'vitest';
import { asCoordinator, baseUrl, expectAccessible, useBrowser, useFreshOrg } from './fixtures';

const MIN_FILL_MS = 3_000;

describe('the sign-up page in the parent’s language (issue 15)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('speaks Polish to a browser that asks for it, with a Dutch invitation marked as Dutch', async () => {
    const { page, base } = await asCoordinator(browser, org);
    await page.goto(`${base}/materials`);
    const signupPath = new URL((await page.getByTestId('signup-url').textContent())!).pathname;
    await page.context().close();

    const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'pl-PL', isMobile: true });
    const phone = await context.newPage();
    await phone.goto(signupPath);
    const openedAt = Date.now();
    await phone.locator('html[lang="pl"][dir="ltr"]').waitFor({ state: 'attached' });
    await phone.getByRole('heading', { level: 1, name: 'Zapisy na rozmowę' }).waitFor();
    expect(await phone.getByTestId('invitation').getAttribute('lang')).toBe('nl');
    expect(await phone.locator('script[src]').count()).toBe(0);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(phone);

    // Nothing filled in: Polish messages next to the fields.
    await phone.getByRole('button', { name: 'Zapisz mnie' }).click();
    await phone.getByText('Nie wszystko jest dobrze wypełnione.', { exact: false }).waitFor();
    await phone.getByText('Prosimy wypełnić to pole.').first().waitFor();
    await phone.getByText('Prosimy wpisać numer telefonu albo wybrać', { exact: false }).waitFor();
    await expectAccessible(phone);

    await phone.getByLabel('Imię lub zdrobnienie').fill('Kasia');
    await phone.getByLabel('Numer telefonu').fill('06 33334444');
    await phone.getByLabel('Zgadzam się, żeby organizatorzy wykorzystali w tym celu moje dane.').check();
    const left = openedAt + MIN_FILL_MS + 200 - Date.now();
    if (left > 0) await phone.waitForTimeout(left);
    await phone.getByRole('button', { name: 'Zapisz mnie' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Dziękujemy za zgłoszenie!' }).waitFor();
    await phone.getByText('Nie muszą Państwo robić nic więcej.').waitFor();
    await expectAccessible(phone);
    await context.close();
  });

  it('passes axe in Turkish and Ukrainian too, with their own texts', async () => {
    const { page, base } = await asCoordinator(browser, org);
    await page.goto(`${base}/materials`);
    const signupPath = new URL((await page.getByTestId('signup-url').textContent())!).pathname;
    await page.context().close();
    const context = await browser.newContext({ baseURL: baseUrl(), viewport: { width: 360, height: 740 }, locale: 'nl-NL' });
    const phone = await context.newPage();
    for (const [lang, heading] of [
      ['tr', 'Sohbete kayıt olun'],
      ['uk', 'Реєстрація на розмову'],
    ] as const) {
      await phone.goto(`${signupPath}?lang=${lang}`);
      await phone.locator(`html[lang="${lang}"]`).waitFor({ state: 'attached' });
      await phone.getByRole('heading', { level: 1, name: heading }).waitFor();
      await expectAccessible(phone);
    }
    await context.close();
  });
});
