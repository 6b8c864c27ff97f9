// Issue 13, item 11: signing out ends that session's open live screens too, not only its next page.
import { describe, it } from 'vitest';
import { asCoordinator, expectAccessible, useBrowser, useFreshOrg } from './fixtures';

describe('signing out closes the live screens of that session', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('a minutes screen left open in one tab stops following the conversation when the person signs out in another tab', async () => {
    const { page, base } = await asCoordinator(browser, org);
    page.setDefaultTimeout(20_000);
    await page.goto(`${base}/minutes`);
    await page.getByText('Dit scherm volgt het scherm van de gespreksleider.').waitFor();
    await expectAccessible(page);

    // Another tab of the same browser: same session; sign out there.
    const other = await page.context().newPage();
    await other.goto('/account');
    await other.getByRole('button', { name: 'Uitloggen', exact: true }).click();
    await other.waitForURL((url) => url.pathname === '/login');
    await expectAccessible(other);

    // The open screen hears that its session ended: its live stream is closed and not let in again.
    await page.getByText('Geen verbinding met het scherm van de gespreksleider.', { exact: false }).waitFor();
    await page.reload();
    await page.waitForURL((url) => url.pathname === '/login');
  });
});
