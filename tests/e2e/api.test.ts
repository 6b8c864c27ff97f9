// I1, the JSON API: a coordinator makes a write token under "API-sleutels" and sees it once; their
// own tool reads the change agenda and updates an action with it over HTTP (no Origin needed for a
// bearer call, while a cookie-only post is refused); the page shows the last use; revoked, the
// token answers 401. The reference page is read without signing in. Axe on every page.
import { describe, expect, it } from 'vitest';
import { asCoordinator, baseUrl, expectAccessible, newPage, useBrowser, useFreshOrg } from './fixtures';

describe('the API (I1)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();

  it('a token is made, shown once, used by a tool to update the change agenda, and revoked', async () => {
    const { page } = await asCoordinator(browser, org);
    page.setDefaultTimeout(20_000);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'API-sleutels' }).click();
    await page.getByRole('heading', { level: 1, name: 'API-sleutels' }).waitFor();
    await page.getByText('U heeft nog geen sleutels.').waitFor();
    await expectAccessible(page);

    // Bad input next to the field.
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    await page.getByText('Vul dit veld in.').first().waitFor();
    await page.getByLabel('Naam').fill('Zaaksysteem');
    await page.getByLabel('Lezen en de veranderagenda bijwerken').check();
    await page.getByRole('button', { name: 'Sleutel maken' }).click();
    const field = page.getByLabel('Sleutel', { exact: true });
    await field.waitFor();
    const token = await field.inputValue();
    expect(token).toMatch(/^spg_/);
    await page.getByText('U ziet hem maar één keer').waitFor();
    await expectAccessible(page);

    // The tool: bearer calls from outside the browser, without Origin.
    const api = (path: string, init: RequestInit = {}) =>
      fetch(`${baseUrl()}/api/v1/orgs/${org.slug}${path}`, {
        ...init,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers },
      });
    const trajectories = (await (await api('/trajectories')).json()) as { items: { id: string }[] };
    let found: { tid: string; id: string } | undefined;
    for (const { id: tid } of trajectories.items) {
      const actions = (await (await api(`/trajectories/${tid}/actions`)).json()) as { items: { id: string }[] };
      if (actions.items[0]) found = { tid, id: actions.items[0].id };
    }
    expect(found).toBeDefined();
    const patched = await api(`/trajectories/${found!.tid}/actions/${found!.id}`, {
      method: 'PATCH',
      body: JSON.stringify({ nextStep: 'Bijgewerkt vanuit ons zaaksysteem.' }),
    });
    expect(patched.status).toBe(200);
    expect(((await patched.json()) as { nextStep: string }).nextStep).toBe('Bijgewerkt vanuit ons zaaksysteem.');
    // A post with the session cookie and no token: refused before it reaches the API (no Origin), and never authenticated by the cookie.
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const byCookie = await fetch(`${baseUrl()}/api/v1/orgs/${org.slug}/trajectories/${found!.tid}/actions/${found!.id}`, {
      method: 'PATCH',
      headers: { cookie },
      body: '{}',
    });
    expect(byCookie.status).toBe(403);
    const sameOriginCookie = await fetch(`${baseUrl()}/api/v1/orgs/${org.slug}/trajectories`, { headers: { cookie } });
    expect(sameOriginCookie.status).toBe(401);

    // The change shows on the screen; the token is not shown again, its last use is.
    await page.goto(`/o/${org.slug}/t/${found!.tid}/actions`);
    await page.getByText('Bijgewerkt vanuit ons zaaksysteem.').first().waitFor();
    await page.goto(`/o/${org.slug}/api-tokens`);
    const row = page.getByTestId('api-tokens').getByRole('row').filter({ hasText: 'Zaaksysteem' });
    await row.waitFor();
    expect(await row.textContent()).not.toContain('Nog niet');
    expect(await page.getByLabel('Sleutel', { exact: true }).count()).toBe(0);
    await row.getByRole('button', { name: 'Sleutel Zaaksysteem intrekken' }).click();
    await page.getByText('De sleutel is ingetrokken.').waitFor();
    await expectAccessible(page);
    expect((await api('/trajectories')).status).toBe(401);
  });

  it('the reference page and the OpenAPI document are public', async () => {
    const page = await newPage(browser);
    await page.goto('/api');
    await page.getByRole('heading', { level: 1, name: 'Spiegel API' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Change an action' }).waitFor();
    await expectAccessible(page);
    const document = (await (await fetch(`${baseUrl()}/api/openapi.json`)).json()) as { openapi: string };
    expect(document.openapi).toBe('3.1.0');
  });
});
