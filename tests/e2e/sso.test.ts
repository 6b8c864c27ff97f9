// Single sign-on (issue 17): an admin sets up the organisation's own provider, a colleague signs in
// with it. The provider is real (oidc-provider, started here); its login screen signs in whom the test names.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcProvider, type TestProvider } from '#tests/oidc-provider';
import { baseUrl, expectAccessible, newPage, signIn, useBrowser, useFreshOrg } from './fixtures';

describe('signing in with the organisation’s own account (issue 17)', () => {
  const browser = useBrowser();
  const org = useFreshOrg();
  let provider: TestProvider;
  beforeAll(async () => {
    provider = await startOidcProvider({ redirectUris: [`${baseUrl()}/sso/${org.slug}/callback`] });
  });
  afterAll(() => provider?.close());

  it('an admin sets it up, and a colleague signs in through the provider', async () => {
    const admin = await newPage(browser);
    await signIn(admin, org.people.admin.email);
    await admin.goto(`/o/${org.slug}/settings`);
    await expectAccessible(admin);
    await admin.getByRole('link', { name: 'Inloggen met het account van uw organisatie instellen' }).click();
    await admin.getByRole('heading', { name: 'Inloggen met eigen account (SSO)' }).waitFor();
    await expectAccessible(admin);
    await admin.getByLabel('Adres van de identiteitsprovider (issuer)').fill('http://login.gemeente.nl');
    await admin.getByLabel('Client ID').fill(provider.clientId);
    await admin.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await admin.getByText('Vul een adres in dat met https:// begint, zonder ? of #.').waitFor();
    await expectAccessible(admin);
    await admin.getByLabel('Adres van de identiteitsprovider (issuer)').fill(provider.issuer);
    await admin.getByLabel('Client secret').fill(provider.clientSecret);
    await admin.getByLabel('Toegestane e-maildomeinen').fill('demo.spiegel.local');
    await admin.getByLabel('Inloggen met eigen account aanzetten').check();
    await admin.getByRole('button', { name: 'Instellingen opslaan' }).click();
    await admin.getByText('De instellingen voor inloggen met eigen account zijn opgeslagen.').waitFor();
    await admin.getByText('Client secret: ingesteld').waitFor();
    expect(await admin.getByLabel('Client secret').inputValue()).toBe('');
    expect(await admin.content()).not.toContain(provider.clientSecret);
    await admin.getByRole('button', { name: 'Test de verbinding' }).click();
    await admin.getByText(`De verbinding werkt: Spiegel kon de gegevens van ${provider.issuer} ophalen.`, { exact: false }).waitFor();

    // A colleague opens the organisation's page: the sign-in page offers the organisation's own account.
    const colleague = await newPage(browser, { width: 360 });
    await colleague.goto(`/o/${org.slug}`);
    const button = colleague.getByRole('link', { name: `Inloggen met ${org.name} account` });
    await button.waitFor();
    await expectAccessible(colleague);
    provider.signInAs('medewerker-1', { email: org.people.coordinator.email, email_verified: true });
    await button.click();
    await expect.poll(() => new URL(colleague.url()).pathname).toBe(`/o/${org.slug}`);
    await colleague.getByTestId('org-name').waitFor();

    // Someone the provider knows but Spiegel does not: a clear page, no account.
    const stranger = await newPage(browser);
    provider.signInAs('onbekend', { email: 'onbekend@demo.spiegel.local', email_verified: true });
    await stranger.goto(`/sso/${org.slug}`);
    await stranger.getByText(`Dit account (onbekend@demo.spiegel.local) hoort niet bij ${org.name} in Spiegel.`, { exact: false }).waitFor();
    await expectAccessible(stranger);
  });
});
