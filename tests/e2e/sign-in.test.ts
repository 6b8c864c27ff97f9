import { describe, expect, it } from 'vitest';
import { expectAccessible, linkFromOutbox, newPage, useBrowser } from './fixtures';

describe('sign-in by e-mail link (W1)', () => {
  const browser = useBrowser();

  it('asks for an address, explains mistakes in Dutch, and signs in once per link', async () => {
    const page = await newPage(browser, { width: 360 });
    await page.goto('/');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/login');
    await expectAccessible(page);

    await page.getByLabel('E-mailadres').fill('geen-adres');
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    await page.getByText('Vul een geldig e-mailadres in').waitFor();
    expect(await page.getByLabel('E-mailadres').inputValue()).toBe('geen-adres');
    await expectAccessible(page);

    const email = `nieuw-${Date.now()}@test.spiegel.local`;
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Stuur mij een inloglink' }).click();
    await page.getByRole('heading', { name: 'Kijk in uw e-mail' }).waitFor();

    const link = await linkFromOutbox(page, email, '/login/confirm');
    await page.goto(link);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/orgs/new');

    // The same link a second time, in another browser: refused.
    const other = await newPage(browser);
    await other.goto(link);
    await other.getByRole('button', { name: 'Inloggen' }).click();
    await other.getByRole('heading', { name: 'Deze link werkt niet meer' }).waitFor();
    await expectAccessible(other);
  });

  it('switches the screens to English and back, without JavaScript state', async () => {
    const page = await newPage(browser);
    await page.goto('/login');
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('E-mail address').fill('wrong');
    await page.getByRole('button', { name: 'Send me a sign-in link' }).click();
    await page.getByText('Enter a valid e-mail address').waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: /Nederlands/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Inloggen' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('nl');
  });
});
